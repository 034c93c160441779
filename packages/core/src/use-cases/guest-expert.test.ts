import { describe, expect, it } from 'vitest';
import { createClubFixture } from '../testing/club-fixture.js';

const DAY = 86_400_000;

async function setup() {
  const club = await createClubFixture();
  const asker = await club.addMember({ name: 'Ann' });
  const coach = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  // An invited expert: known to the club, never paid, holding only the guest role.
  const expert = await club.addMember({ name: 'Layla Nasser', paid: false });
  await club.core.grantStaffRole({
    actor: club.owner,
    communityId: club.communityId,
    memberId: expert.memberId,
    role: 'guest',
  });
  const guest = { ...expert, roles: ['guest' as const] };
  return { ...club, asker, coach, guest };
}

describe('guest experts (嘉宾)', () => {
  it('answer only routed questions, their answers count as their contributions, and they are told once', async () => {
    const { core, ports, communityId, asker, coach, guest } = await setup();
    const routed = await core.askQuestion({ actor: asker, body: 'Selling in Riyadh?' });
    const other = await core.askQuestion({ actor: asker, body: 'Something else' });
    expect((await core.listQuestions({ actor: guest, communityId })).total).toBe(0);
    await expect(
      core.routeQuestion({ actor: guest, communityId, questionId: routed.id, guestId: guest.memberId }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      core.routeQuestion({ actor: coach, communityId, questionId: routed.id, guestId: coach.memberId }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    ports.messenger.sent.length = 0;
    const first = await core.routeQuestion({
      actor: coach,
      communityId,
      questionId: routed.id,
      guestId: guest.memberId,
    });
    await core.routeQuestion({ actor: coach, communityId, questionId: routed.id, guestId: guest.memberId });
    expect(first.delivery).toBe('sent');
    expect(ports.messenger.sent.map((s) => s.message.fields?.[0]?.value)).toEqual(['Selling in Riyadh?']);

    const mine = await core.listQuestions({ actor: guest, communityId, status: 'waiting' });
    expect(mine.items.map((q) => q.id)).toEqual([routed.id]);
    await expect(
      core.answerQuestion({ actor: guest, communityId, questionId: other.id, answer: 'x' }),
    ).rejects.toMatchObject({ code: 'question.not_found' });
    await core.answerQuestion({ actor: guest, communityId, questionId: routed.id, answer: 'Find a local partner.' });
    const credit = await ports.contributions.listForMember(communityId, guest.memberId);
    expect(credit.map((c) => [c.kind, c.sourceId])).toEqual([['answer', routed.id]]);
    // A question routed to a guest and left waiting reminds the guest, its assignee.
    const late = await core.askQuestion({ actor: asker, body: 'Late one' });
    await core.routeQuestion({ actor: coach, communityId, questionId: late.id, guestId: guest.memberId });
    ports.messenger.sent.length = 0;
    ports.clock.advance(DAY);
    await core.runQuestionSla({ actor: { kind: 'system', communityId, label: 'test' }, communityId });
    const [account] = await ports.accounts.listForMember(communityId, guest.memberId);
    // The guest hears of their late question; the coaches of the unclaimed one (not of the guest's).
    const toGuest = ports.messenger.sent.filter((s) => s.account.platformUserId === account?.platformUserId);
    expect(toGuest.map((s) => s.message.fields?.[0]?.value)).toEqual(['Late one']);
    expect(ports.messenger.sent.map((s) => s.message.fields?.[0]?.value).sort()).toEqual([
      'Late one',
      'Something else',
    ]);
  });

  it('see nothing else: no member features, no staff lists; they can host a guest talk under their name', async () => {
    const { core, communityId, coach, guest } = await setup();
    await expect(core.askQuestion({ actor: guest, body: 'Can I ask?' })).rejects.toMatchObject({
      code: 'membership.none',
    });
    await expect(core.searchFaq({ actor: guest, words: 'pricing' })).rejects.toMatchObject({
      code: 'membership.none',
    });
    await expect(core.getCoachingFigures({ actor: guest, communityId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    await expect(core.listGuests({ actor: guest, communityId })).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(core.listFaq({ actor: guest, communityId })).rejects.toMatchObject({ code: 'auth.staff_only' });
    expect((await core.listGuests({ actor: coach, communityId })).map((g) => g.displayName)).toEqual(['Layla Nasser']);
    const talk = await core.scheduleLesson({
      actor: coach,
      communityId,
      kind: 'guest_talk',
      title: 'Selling to the Gulf',
      startsAt: new Date(Date.parse('2026-04-01T12:00:00Z')),
      durationMinutes: 60,
      hostMemberId: guest.memberId,
    });
    expect(talk).toMatchObject({ speakerName: 'Layla Nasser', hostMemberId: guest.memberId });
  });
});
