import { expect, it } from 'vitest';
import type { ModerationCase } from '../../../domain/moderation.js';
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
}
