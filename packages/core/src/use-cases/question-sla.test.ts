import { describe, expect, it } from 'vitest';
import { systemActor } from '../rules/actor.js';
import { createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;

async function setup() {
  const club = await createClubFixture({ now: '2026-03-02T01:00:00Z' });
  const asker = await club.addMember({ name: 'Ann', locale: 'zh-CN' });
  const chen = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  const dai = await club.makeCoach(await club.addMember({ name: 'Dai' }));
  const ask = (body: string) => club.core.askQuestion({ actor: asker, body });
  const sla = () =>
    club.core.runQuestionSla({ actor: systemActor(club.communityId, 'sla'), communityId: club.communityId });
  const accountOf = async (memberId: string) =>
    (await club.ports.accounts.listForMember(club.communityId, memberId))[0]?.platformUserId;
  const sentTo = async (memberId: string) => {
    const user = await accountOf(memberId);
    return club.ports.messenger.sent.filter((s) => s.account.platformUserId === user).map((s) => s.message);
  };
  return { ...club, asker, chen, dai, ask, sla, sentTo };
}

describe('the response-time promise', () => {
  it('defaults to 24 hours', async () => {
    const { core, communityId, owner } = await setup();
    const figures = await core.getCoachingFigures({ actor: owner, communityId });
    expect(figures.slaHours).toBe(24);
  });

  it('reminds the assignee at the promise and the owners at twice it, each exactly once', async () => {
    const { ports, core, communityId, owner, chen, dai, ask, sla, sentTo } = await setup();
    // Only what the SLA sends counts (the fixture's welcome messages are left out).
    ports.messenger.sent.length = 0;
    const unclaimed = await ask('怎么给第一个货柜定价？');
    const claimed = await ask('Which freight forwarder?');
    await core.claimQuestion({ actor: chen, communityId, questionId: claimed.id });

    ports.clock.advance(24 * HOUR - 1);
    expect(await sla()).toEqual({ reminded: 0, escalated: 0, retry: 0 });
    expect(ports.messenger.sent).toHaveLength(0);

    ports.clock.advance(1);
    expect(await sla()).toEqual({ reminded: 2, escalated: 0, retry: 0 });
    // The claiming coach hears of their question; every coach hears of the unclaimed one; the owner of none.
    expect((await sentTo(chen.memberId)).map((m) => m.title)).toEqual([
      'A question is waiting past the response time',
      'A question is waiting past the response time',
    ]);
    expect((await sentTo(dai.memberId)).map((m) => m.fields?.[0]?.value)).toEqual(['怎么给第一个货柜定价？']);
    expect(await sentTo(owner.memberId)).toHaveLength(0);
    ports.clock.advance(HOUR);
    expect(await sla()).toEqual({ reminded: 0, escalated: 0, retry: 0 });
    expect(ports.messenger.sent).toHaveLength(3);

    // Answered before twice the promise: no escalation for it.
    await core.answerQuestion({ actor: chen, communityId, questionId: claimed.id, answer: 'Ask Bo.' });
    ports.clock.set(new Date(unclaimed.createdAt.getTime() + 48 * HOUR));
    expect(await sla()).toEqual({ reminded: 0, escalated: 1, retry: 0 });
    const toOwner = await sentTo(owner.memberId);
    expect(toOwner.map((m) => [m.title, m.fields?.[0]?.value])).toEqual([
      ['有提问已等待超过两倍响应时效', '怎么给第一个货柜定价？'],
    ]);
    // The owner reads it in the club's language (zh-CN).
    expect(toOwner[0]?.text).toContain('尚无导师认领。');
    expect(toOwner[0]?.text).toContain('承诺 24 小时');
    ports.clock.advance(30 * 24 * HOUR);
    await sla();
    expect(ports.messenger.sent).toHaveLength(4);
    const stored = await ports.questions.get(communityId, unclaimed.id);
    expect([stored?.slaRemindedAt, stored?.slaEscalatedAt].every((d) => d instanceof Date)).toBe(true);
  });

  it('sends nothing twice when a run is repeated after its marks were lost', async () => {
    const { ports, communityId, ask, sla } = await setup();
    ports.messenger.sent.length = 0;
    const q = await ask('Pricing?');
    ports.clock.advance(24 * HOUR);
    await sla();
    const before = ports.messenger.sent.length;
    const row = await ports.questions.get(communityId, q.id);
    if (!row) throw new Error('missing');
    await ports.questions.update({ ...row, slaRemindedAt: null });
    expect((await sla()).reminded).toBe(1);
    expect(ports.messenger.sent.length).toBe(before);
  });

  it('uses the club’s own promise and only the system may run it', async () => {
    const { ports, core, communityId, owner, ask, sla } = await setup();
    await core.updateCommunitySettings({ actor: owner, communityId, patch: { questionSlaHours: 2 } });
    await ask('Quick one');
    ports.clock.advance(2 * HOUR);
    expect((await sla()).reminded).toBe(1);
    await expect(core.runQuestionSla({ actor: owner, communityId })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});

describe('closing the loop', () => {
  it('lets the asker resolve and rate an answered question, and nobody else', async () => {
    const { core, communityId, asker, chen, ask, ports } = await setup();
    const q = await ask('How do I hire a first salesperson?');
    await expect(core.resolveQuestion({ actor: asker, questionId: q.id })).rejects.toMatchObject({
      code: 'question.not_answered',
    });
    await core.answerQuestion({ actor: chen, communityId, questionId: q.id, answer: 'Commission first.' });
    await expect(core.resolveQuestion({ actor: chen, questionId: q.id, rating: 5 })).rejects.toMatchObject({
      code: 'question.not_yours',
    });
    for (const rating of [0, 6, 2.5, Number.NaN]) {
      await expect(core.resolveQuestion({ actor: asker, questionId: q.id, rating })).rejects.toMatchObject({
        code: 'validation.invalid',
      });
    }
    expect((await ports.questions.get(communityId, q.id))?.status).toBe('answered');

    ports.clock.advance(HOUR);
    const resolved = await core.resolveQuestion({ actor: asker, questionId: q.id, faqConsent: true });
    expect(resolved).toMatchObject({ status: 'closed', rating: null, faqConsent: true });
    expect(resolved.resolvedAt).toEqual(ports.clock.now());
    ports.clock.advance(HOUR);
    const hostile = '<script>alert(1)</script> @everyone **bold**';
    const rated = await core.resolveQuestion({ actor: asker, questionId: q.id, rating: 4, comment: hostile });
    // Resolution time is the first one; the comment is stored verbatim.
    expect(rated).toMatchObject({ rating: 4, ratingComment: hostile, faqConsent: true });
    expect(rated.resolvedAt).toEqual(resolved.resolvedAt);
    await expect(
      core.answerQuestion({ actor: chen, communityId, questionId: q.id, answer: 'again' }),
    ).rejects.toMatchObject({ code: 'question.closed' });
  });
});
