import { describe, expect, it } from 'vitest';
import { systemActor } from '../rules/actor.js';
import { createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;

async function setup() {
  const club = await createClubFixture();
  const asker = await club.addMember({ name: 'Ann' });
  const other = await club.addMember({ name: 'Bo' });
  const coach = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  return { ...club, asker, other, coach };
}

describe('follow-ups under a question', () => {
  it('coach asks, member replies in the conversation, the question waits for the coach again', async () => {
    const { core, ports, communityId, asker, coach } = await setup();
    const q = await core.askQuestion({ actor: asker, body: 'How do I price a B2B SaaS? <b>定价</b>' });
    ports.messenger.sent.length = 0;

    const asked = await core.askQuestionFollowUp({
      actor: coach,
      communityId,
      questionId: q.id,
      body: 'What do your customers pay today? 现在客户付多少？',
    });
    expect(asked.question).toMatchObject({ status: 'claimed', claimedBy: coach.memberId });
    expect(asked.delivery.status).toBe('sent');
    const [dm] = ports.messenger.sent;
    expect(dm?.message.text).toBe('What do your customers pay today? 现在客户付多少？');
    expect(dm?.message.buttons?.map((b) => b.action)).toEqual([`questions:reply:${q.id}`]);

    // Waiting for the member: no coach is due, the response-time job leaves it alone.
    ports.clock.advance(100 * HOUR);
    const waiting = await core.listQuestions({ actor: coach, communityId, status: 'waiting' });
    expect(waiting.items[0]).toMatchObject({ id: q.id, overdue: false, dueAt: null });
    expect(waiting.items[0]?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', 'What do your customers pay today? 现在客户付多少？'],
    ]);
    await core.runQuestionSla({ actor: systemActor(communityId, 'test'), communityId });
    expect((await ports.questions.get(communityId, q.id))?.slaRemindedAt).toBeNull();

    ports.messenger.sent.length = 0;
    const replied = await core.replyToQuestion({ actor: asker, body: 'About 500 CNY a month <script>x</script>' });
    expect(replied.question).toMatchObject({ id: q.id, status: 'claimed', awaitingMemberSince: null });
    expect(replied.delivery?.status).toBe('sent');
    expect(ports.messenger.sent.map((s) => s.message.title)).toEqual(['Ann replied on their question']);

    const mine = await core.listMyQuestions({ actor: asker });
    expect(mine[0]?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', 'What do your customers pay today? 现在客户付多少？'],
      ['member', 'About 500 CNY a month <script>x</script>'],
    ]);
    expect(mine[0]?.overdue).toBe(true);

    // Nothing waits for the member any more: a stray message is refused and stores nothing.
    await expect(core.replyToQuestion({ actor: asker, body: 'hello?' })).rejects.toMatchObject({
      code: 'question.no_follow_up',
    });
    expect((await core.listMyQuestions({ actor: asker }))[0]?.thread).toHaveLength(2);
  });

  it('after the answer: the member follows up, the coach replies in the thread, then the member resolves', async () => {
    const { core, ports, communityId, asker, other, coach } = await setup();
    const q = await core.askQuestion({ actor: asker, body: 'Hire a CFO now?' });
    await core.answerQuestion({ actor: coach, communityId, questionId: q.id, answer: 'Not yet: a part-time one.' });

    await expect(core.replyToQuestion({ actor: other, questionId: q.id, body: 'me too' })).rejects.toMatchObject({
      code: 'question.not_yours',
    });
    const follow = await core.replyToQuestion({ actor: asker, questionId: q.id, body: 'Where do I find one?' });
    expect(follow.question).toMatchObject({
      status: 'claimed',
      claimedBy: coach.memberId,
      answer: 'Not yet: a part-time one.',
    });
    await expect(
      core.answerQuestion({ actor: coach, communityId, questionId: q.id, answer: 'again' }),
    ).rejects.toMatchObject({ code: 'question.already_answered' });

    const back = await core.askQuestionFollowUp({
      actor: coach,
      communityId,
      questionId: q.id,
      body: 'Ask the founders’ network; I will intro two.',
    });
    expect(back.question.status).toBe('answered');
    await core.resolveQuestion({ actor: asker, questionId: q.id, rating: 5 });
    await expect(
      core.askQuestionFollowUp({ actor: coach, communityId, questionId: q.id, body: 'x' }),
    ).rejects.toMatchObject({ code: 'question.closed' });
    await expect(core.replyToQuestion({ actor: asker, questionId: q.id, body: 'x' })).rejects.toMatchObject({
      code: 'question.closed',
    });
    const contributions = await ports.contributions.listForMember(communityId, coach.memberId);
    expect(contributions.map((c) => c.kind)).toEqual(['answer']);
  });

  it('refuses members, unrouted guests and empty text, changing nothing', async () => {
    const { core, ports, communityId, asker, other } = await setup();
    const q = await core.askQuestion({ actor: asker, body: 'Question' });
    await expect(
      core.askQuestionFollowUp({ actor: other, communityId, questionId: q.id, body: 'hi' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    const guest = { ...other, roles: ['guest' as const] };
    await expect(
      core.askQuestionFollowUp({ actor: guest, communityId, questionId: q.id, body: 'hi' }),
    ).rejects.toMatchObject({ code: 'question.not_found' });
    await expect(core.replyToQuestion({ actor: asker, questionId: q.id, body: '   ' })).rejects.toMatchObject({
      code: 'validation.required',
    });
    expect(await ports.questionMessages.listForQuestions(communityId, [q.id], 20)).toEqual([]);
    expect((await ports.questions.get(communityId, q.id))?.status).toBe('open');
  });
});
