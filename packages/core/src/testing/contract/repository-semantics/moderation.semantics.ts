import { expect, it } from 'vitest';
import type { ModerationCase } from '../../../domain/moderation.js';
import type { ChatAction } from '../../../domain/moderation-chat-action.js';
import { randomIds } from '../../../ports/ids.js';
import { pageRequest } from '../../../ports/page.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: moderation cases (keyset pages with filters, new fields, evidence purge). */
export function moderationSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('moderation: pages newest first with ties by id, filters, keyset, optional fields, evidence purge', async () => {
    const { repos } = scope;
    const c = await club();
    const m = await member(c);
    const other = await member(c);
    const kase = (over: Partial<ModerationCase>): ModerationCase => ({
      id: randomIds.id(),
      communityId: c,
      memberId: m.id,
      reporterId: null,
      kind: 'advertising',
      status: 'open',
      platform: 'discord',
      channelId: 'c1',
      messageId: 'm1',
      excerpt: '加我微信 abc123',
      reason: 'ad.contact: 微信',
      decidedBy: null,
      decidedAt: null,
      appeal: null,
      createdAt: at(1),
      ...over,
    });
    // Two cases share a creation time: the id breaks the tie, descending.
    const tied = [kase({ createdAt: at(5) }), kase({ createdAt: at(5) })].sort((a, b) => byId(b.id, a.id));
    const upheld = kase({ status: 'upheld', decidedAt: at(2), createdAt: at(2) });
    const dismissed = kase({ status: 'dismissed', decidedAt: at(3), createdAt: at(3), kind: 'flooding' });
    const report = kase({ kind: 'report', memberId: other.id, reporterId: m.id, createdAt: at(4) });
    for (const k of [upheld, dismissed, report, ...tied]) await repos.moderation.create(k);

    const all = await repos.moderation.page(c, {}, pageRequest(10));
    expect(all.total).toBe(5);
    expect(all.items.map((k) => k.id)).toEqual([tied[0]?.id, tied[1]?.id, report.id, dismissed.id, upheld.id]);
    // Fields a case was created without read back as null.
    expect(all.items[0]?.notes).toBeNull();
    expect(all.items[0]?.appealedAt).toBeNull();
    expect(all.items[0]?.evidencePurgedAt).toBeNull();

    const open = await repos.moderation.page(c, { statuses: ['open'] }, pageRequest(10));
    expect(open.items.map((k) => k.id)).toEqual([tied[0]?.id, tied[1]?.id, report.id]);
    expect((await repos.moderation.page(c, { kind: 'flooding' }, pageRequest(10))).items.map((k) => k.id)).toEqual([
      dismissed.id,
    ]);
    expect((await repos.moderation.page(c, { memberId: other.id }, pageRequest(10))).total).toBe(1);
    expect((await repos.moderation.page(c, { statuses: [] }, pageRequest(10))).total).toBe(0);
    expect((await repos.moderation.page(c, { memberId: 'x' }, pageRequest(10))).items).toEqual([]);

    // Keyset: the page after the first two starts at the third case, also across a tie; offset is ignored.
    const first = await repos.moderation.page(c, {}, pageRequest(2));
    const last = first.items.at(-1) as ModerationCase;
    const second = await repos.moderation.page(c, {}, pageRequest(2, 3), { at: last.createdAt, id: last.id });
    expect(second.items.map((k) => k.id)).toEqual([report.id, dismissed.id]);
    const afterTie = await repos.moderation.page(c, {}, pageRequest(10), {
      at: (tied[0] as ModerationCase).createdAt,
      id: (tied[0] as ModerationCase).id,
    });
    expect(afterTie.items[0]?.id).toBe(tied[1]?.id);

    // New fields round-trip.
    await repos.moderation.update({
      ...upheld,
      status: 'appealed',
      appeal: '我只是分享付款方式',
      appealedAt: at(6),
      notes: '第一次',
      appealOutcome: null,
    });
    const appealed = await repos.moderation.get(c, upheld.id);
    expect(appealed?.appealedAt?.toISOString()).toBe(at(6).toISOString());
    expect(appealed?.notes).toBe('第一次');

    // Purge: only decided cases decided before the cut-off, oldest first, at most `limit`, each once.
    const oldUpheld = kase({ status: 'upheld', decidedAt: at(0), createdAt: at(0) });
    await repos.moderation.create(oldUpheld);
    expect(await repos.moderation.purgeEvidence(c, at(10), at(20), 1)).toBe(1);
    expect((await repos.moderation.get(c, oldUpheld.id))?.excerpt).toBe('');
    expect((await repos.moderation.get(c, oldUpheld.id))?.evidencePurgedAt?.toISOString()).toBe(at(20).toISOString());
    expect((await repos.moderation.get(c, dismissed.id))?.excerpt).not.toBe('');
    expect(await repos.moderation.purgeEvidence(c, at(10), at(20), 10)).toBe(1);
    expect((await repos.moderation.get(c, dismissed.id))?.excerpt).toBe('');
    // Open and appealed cases keep their evidence; nothing is purged twice; another club is untouched.
    expect(await repos.moderation.purgeEvidence(c, at(10), at(20), 10)).toBe(0);
    expect((await repos.moderation.get(c, report.id))?.excerpt).toBe('加我微信 abc123');
    expect((await repos.moderation.get(c, upheld.id))?.excerpt).toBe('加我微信 abc123');
    expect(await repos.moderation.purgeEvidence(await club(), at(10), at(20), 10)).toBe(0);
  });

  it('moderation: strikes by member or platform account, context snapshots, platform actions taken once', async () => {
    const { repos } = scope;
    const c = await club();
    const m = await member(c);
    const kase = (over: Partial<ModerationCase>): ModerationCase => ({
      id: randomIds.id(),
      communityId: c,
      memberId: null,
      reporterId: null,
      kind: 'advertising',
      status: 'upheld',
      platform: 'discord',
      channelId: 'c1',
      messageId: 'm1',
      workspaceId: 'g1',
      authorId: 'stranger',
      excerpt: '加我微信',
      reason: 'ad.contact: 微信',
      decidedBy: null,
      decidedAt: at(10),
      appeal: null,
      createdAt: at(10),
      ...over,
    });
    const context = [{ messageId: 'm0', authorId: 'u2', text: '有人去深圳吗', at: at(9) }];
    const snapshot = kase({ context });
    await repos.moderation.create(snapshot);
    await repos.moderation.create(kase({ decidedAt: at(1), createdAt: at(1) }));
    await repos.moderation.create(kase({ status: 'dismissed' }));
    await repos.moderation.create(kase({ authorId: 'someone-else' }));
    await repos.moderation.create(kase({ workspaceId: 'g2' }));
    await repos.moderation.create(kase({ memberId: m.id, authorId: 'linked' }));
    await repos.moderation.create(kase({ memberId: m.id, authorId: 'linked', status: 'open', decidedAt: null }));
    const stranger = { platform: 'discord', workspaceId: 'g1', authorId: 'stranger' };
    expect(await repos.moderation.countStrikes(c, stranger, at(5))).toBe(1);
    expect(await repos.moderation.countStrikes(c, stranger, at(0))).toBe(2);
    expect(await repos.moderation.countStrikes(c, { memberId: m.id }, at(0))).toBe(1);
    expect(await repos.moderation.countStrikes(c, { ...stranger, platform: 'slack' }, at(0))).toBe(0);
    expect(await repos.moderation.countStrikes(await club(), stranger, at(0))).toBe(0);
    expect(await repos.moderation.countStrikes(c, { memberId: 'not-a-uuid' }, at(0))).toBe(0);

    const read = await repos.moderation.get(c, snapshot.id);
    expect(read?.context).toEqual(context);
    expect(read).toMatchObject({ workspaceId: 'g1', authorId: 'stranger', actionFailure: null });
    await repos.moderation.update({ ...snapshot, actionFailure: 'remove' });
    expect((await repos.moderation.get(c, snapshot.id))?.actionFailure).toBe('remove');
    expect(await repos.moderation.purgeEvidence(c, at(11), at(20), 10)).toBe(6);
    expect((await repos.moderation.get(c, snapshot.id))?.context).toBeNull();

    const action = (key: string, over: Partial<ChatAction> = {}): ChatAction => ({
      key,
      communityId: c,
      caseId: snapshot.id,
      kind: 'remove',
      payload: { kind: 'remove', platform: 'discord', workspaceId: 'g1', channelId: 'c1', messageId: 'm1' },
      status: 'pending',
      attempts: 1,
      nextAttemptAt: at(30),
      leaseUntil: at(32),
      error: null,
      createdAt: at(30),
      settledAt: null,
      ...over,
    });
    const k1 = `moderation:${randomIds.id()}:remove`;
    const first = await repos.moderation.addAction(action(k1));
    expect(first).toMatchObject({ created: true, action: { key: k1, attempts: 1 } });
    const again = await repos.moderation.addAction(action(k1, { attempts: 7 }));
    expect(again.created).toBe(false);
    expect(again.action).toEqual(action(k1));
    // Held until its lease ends; then taken once (the attempt counted), and not again while held.
    expect(await repos.moderation.takeAction(k1, at(31), at(33), 5)).toBeNull();
    expect(await repos.moderation.takeDueActions(at(31), at(33), 5, 10)).toEqual([]);
    expect(await repos.moderation.takeAction(k1, at(32), at(34), 5)).toMatchObject({ attempts: 2, leaseUntil: at(34) });
    expect(await repos.moderation.takeAction(k1, at(33), at(35), 5)).toBeNull();
    await repos.moderation.settleAction(k1, { status: 'pending', error: '503', at: at(33), nextAttemptAt: at(40) });
    // Due only from its next attempt on; oldest due first; at most `limit`.
    const k2 = `moderation:${randomIds.id()}:log`;
    await repos.moderation.addAction(action(k2, { kind: 'log', nextAttemptAt: at(35), leaseUntil: null }));
    // (Takes are across clubs: other runs sharing the database have nothing due this early.)
    expect((await repos.moderation.takeDueActions(at(36), at(38), 5, 10)).map((a) => a.key)).toEqual([k2]);
    await repos.moderation.settleAction(k2, { status: 'refused', error: 'refused', at: at(37) });
    const due = await repos.moderation.takeDueActions(at(41), at(43), 5, 1);
    expect(due).toEqual([{ ...action(k1), attempts: 3, leaseUntil: at(43), error: '503', nextAttemptAt: at(40) }]);
    await repos.moderation.settleAction(k1, { status: 'done', error: null, at: at(42) });
    const done = await repos.moderation.addAction(action(k1));
    expect(done.action).toMatchObject({ status: 'done', payload: null, leaseUntil: null, settledAt: at(42) });
    expect(await repos.moderation.takeAction(k1, at(99), at(100), 5)).toBeNull();
    // No attempts left: never taken again.
    const k3 = `moderation:${randomIds.id()}:notice`;
    await repos.moderation.addAction(action(k3, { attempts: 5, leaseUntil: null }));
    expect(await repos.moderation.takeAction(k3, at(50), at(52), 5)).toBeNull();
  });
}
