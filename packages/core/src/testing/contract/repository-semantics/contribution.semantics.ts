import { expect, it } from 'vitest';
import type { Delivery } from '../../../domain/delivery.js';
import { randomIds } from '../../../ports/ids.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: contributions, deliveries and auth secrets. */
export function contributionSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('contributions, deliveries and auth secrets', async () => {
    const { repos } = scope;
    const c = await club();
    const [m, n] = [await member(c), await member(c)];
    const contribution = (memberId: string, when: Date, sourceId = randomIds.id()) => ({
      id: randomIds.id(),
      communityId: c,
      memberId,
      kind: 'answer' as const,
      sourceId,
      points: 1,
      at: when,
    });
    expect(await repos.contributions.record(contribution(m.id, at(10), 'q-1'))).toBe(true);
    expect(await repos.contributions.record(contribution(m.id, at(11), 'q-1'))).toBe(false);
    expect(await repos.contributions.record({ ...contribution(m.id, at(11), 'q-1'), kind: 'intro' })).toBe(true);
    expect(await repos.contributions.record(contribution(n.id, at(20)))).toBe(true);
    expect((await repos.contributions.listForMember(c, m.id)).map((x) => x.kind)).toEqual(['answer', 'intro']);
    expect(await repos.contributions.contributorIds(c, at(10), at(20))).toEqual([m.id]);
    expect(await repos.contributions.contributorIds(c, at(0), at(21))).toEqual([m.id, n.id].sort(byId));
    await repos.contributions.record({ ...contribution(n.id, at(30)), kind: 'lesson', points: 3 });
    expect(await repos.contributions.pointsByMember(c, at(10), at(20))).toEqual([
      { memberId: m.id, points: 2, count: 2 },
    ]);
    expect(await repos.contributions.pointsByMember(c, at(0), at(31))).toEqual(
      [
        { memberId: m.id, points: 2, count: 2 },
        { memberId: n.id, points: 4, count: 2 },
      ].sort((x, y) => byId(x.memberId, y.memberId)),
    );
    expect(await repos.contributions.pointsByMember(await club(), at(0), at(31))).toEqual([]);

    const delivery = (key: string, createdAt: Date): Delivery => ({
      key,
      communityId: c,
      memberId: m.id,
      kind: 'lesson.reminder',
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt,
      sentAt: null,
    });
    const k = `sem:${c}`;
    const first = await repos.deliveries.claim(delivery(`${k}:b`, at(1)));
    expect(first).toEqual({ delivery: delivery(`${k}:b`, at(1)), created: true });
    await repos.deliveries.markFailed(`${k}:b`, 'timeout', false);
    const again = await repos.deliveries.claim({ ...delivery(`${k}:b`, at(5)), kind: 'other' });
    expect(again).toEqual({
      delivery: { ...delivery(`${k}:b`, at(1)), attempts: 1, error: 'timeout' },
      created: false,
    });
    await repos.deliveries.markFailed(`${k}:b`, 'blocked DMs', true);
    await repos.deliveries.claim(delivery(`${k}:a`, at(1)));
    await repos.deliveries.markFailed(`${k}:a`, 'blocked DMs', true);
    await repos.deliveries.claim(delivery(`${k}:c`, at(0)));
    await repos.deliveries.markFailed(`${k}:c`, 'gone', true);
    await repos.deliveries.markSent(`${k}:missing`, at(2));
    expect((await repos.deliveries.listFailed(c)).map((d) => [d.key, d.attempts])).toEqual([
      [`${k}:c`, 1],
      [`${k}:a`, 1],
      [`${k}:b`, 2],
    ]);
    await repos.deliveries.markSent(`${k}:a`, at(3));
    expect(await repos.deliveries.get(`${k}:a`)).toMatchObject({ status: 'sent', error: null, sentAt: at(3) });
    expect(await repos.deliveries.get(`${k}:missing`)).toBeNull();
    // A message to an applicant who is not a member yet has no member.
    const toApplicant = { ...delivery(`${k}:applicant`, at(4)), memberId: null };
    expect(await repos.deliveries.claim(toApplicant)).toEqual({ delivery: toApplicant, created: true });

    const code = { code: `C${randomIds.code()}`, communityId: c, memberId: m.id, expiresAt: at(30) };
    await repos.auth.createLinkCode(code);
    await expect(repos.auth.createLinkCode({ ...code, memberId: n.id })).rejects.toThrow('unique violation: id');
    expect(await repos.auth.takeLinkCode(code.code)).toEqual(code);
    expect(await repos.auth.takeLinkCode(code.code)).toBeNull();

    const link = { tokenHash: `h-${randomIds.token()}`, communityId: c, memberId: m.id, role: 'owner' as const };
    await repos.auth.createLoginLink({ ...link, expiresAt: at(30), usedAt: null });
    expect(await repos.auth.useLoginLink(link.tokenHash, at(4))).toEqual({
      ...link,
      expiresAt: at(30),
      usedAt: at(4),
    });
    expect(await repos.auth.useLoginLink(link.tokenHash, at(5))).toBeNull();
    expect(await repos.auth.useLoginLink('unknown', at(5))).toBeNull();

    const session = {
      idHash: `s-${randomIds.token()}`,
      communityId: c,
      memberId: m.id,
      csrfToken: 'csrf',
      expiresAt: at(60),
      createdAt: at(1),
      // The login link's role, which bounds the session.
      role: 'coach' as const,
    };
    await repos.auth.createSession(session);
    await expect(repos.auth.createSession(session)).rejects.toThrow('unique violation: id');
    expect(await repos.auth.getSession(session.idHash)).toEqual(session);
    await repos.auth.deleteSession(session.idHash);
    expect(await repos.auth.getSession(session.idHash)).toBeNull();

    const token = { tokenHash: `cal-${randomIds.token()}`, communityId: c, memberId: m.id, createdAt: at(1) };
    await repos.auth.setCalendarToken(token);
    const rotated = { ...token, tokenHash: `cal-${randomIds.token()}`, createdAt: at(2) };
    await repos.auth.setCalendarToken(rotated);
    expect(await repos.auth.findCalendarToken(token.tokenHash)).toBeNull();
    expect(await repos.auth.findCalendarToken(rotated.tokenHash)).toEqual(rotated);
    await repos.auth.deleteCalendarToken(c, m.id);
    expect(await repos.auth.findCalendarToken(rotated.tokenHash)).toBeNull();
  });
}
