import { describe, expect, it } from 'vitest';
import { createClubFixture } from '../testing/club-fixture.js';

// A message the member types in the bot conversation, without naming a question (see question-follow-up.test.ts
// for the coach's follow-ups and the Reply button).
describe('replyToQuestion from the bot conversation', () => {
  it('after the answer DM, writing back goes under the latest answered question and tells its coach', async () => {
    const club = await createClubFixture();
    const { core, ports, communityId } = club;
    const asker = await club.addMember({ name: 'Ann' });
    const coach = await club.makeCoach(await club.addMember({ name: 'Chen' }));
    const older = await core.askQuestion({ actor: asker, body: 'Older question' });
    await core.answerQuestion({ actor: coach, communityId, questionId: older.id, answer: 'Older answer' });
    const q = await core.askQuestion({ actor: asker, body: 'Hire a CFO now?' });
    await core.answerQuestion({ actor: coach, communityId, questionId: q.id, answer: 'Not yet: a part-time one.' });
    ports.messenger.sent.length = 0;

    const replied = await core.replyToQuestion({ actor: asker, body: 'Where do I find one?' });
    expect(replied.question).toMatchObject({ id: q.id, status: 'claimed', claimedBy: coach.memberId });
    expect(ports.messenger.sent.map((s) => s.message.title)).toEqual(['Ann replied on their question']);

    // Resolved questions take nothing more: with nothing answered and open, a stray message is refused.
    await core.resolveQuestion({ actor: asker, questionId: older.id, rating: 5 });
    await core.askQuestionFollowUp({ actor: coach, communityId, questionId: q.id, body: 'Ask your accountant.' });
    await core.resolveQuestion({ actor: asker, questionId: q.id, rating: 4 });
    await expect(core.replyToQuestion({ actor: asker, body: 'hello?' })).rejects.toMatchObject({
      code: 'question.no_follow_up',
    });
  });
});
