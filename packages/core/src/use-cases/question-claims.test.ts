import { describe, expect, it } from 'vitest';
import { isQuestionOverdue, questionDueAt } from '../domain/question.js';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;

async function setup() {
  const club = await createClubFixture({ settings: { questionSlaHours: 24 } });
  const asker = await club.addMember({ name: 'Ann' });
  const chen = await club.makeCoach(await club.addMember({ name: 'Chen' }));
  const dai = await club.makeCoach(await club.addMember({ name: 'Dai' }));
  const ask = (body: string) => club.core.askQuestion({ actor: asker, body });
  return { ...club, asker, chen, dai, ask };
}

describe('question claims and the SLA', () => {
  it('lets a coach claim, shows who has it, refuses a second coach and releases on unclaim (audited)', async () => {
    const { core, ports, communityId, owner, chen, dai, ask } = await setup();
    const q = await ask('How do I price a first container?');
    const claimed = await core.claimQuestion({ actor: chen, communityId, questionId: q.id });
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: chen.memberId });
    // Claiming one's own claim again changes nothing and writes nothing.
    await core.claimQuestion({ actor: chen, communityId, questionId: q.id });
    await expect(core.claimQuestion({ actor: dai, communityId, questionId: q.id })).rejects.toMatchObject({
      code: 'question.already_claimed',
    });
    await expect(core.unclaimQuestion({ actor: dai, communityId, questionId: q.id })).rejects.toMatchObject({
      code: 'question.claimed_by_other',
    });
    const queue = await core.listQuestions({ actor: dai, communityId, status: 'claimed' });
    expect(queue.items.map((x) => [x.id, x.claimedBy])).toEqual([[q.id, chen.memberId]]);

    const released = await core.unclaimQuestion({ actor: chen, communityId, questionId: q.id });
    expect(released).toMatchObject({ status: 'open', claimedBy: null });
    await core.claimQuestion({ actor: dai, communityId, questionId: q.id });
    // An owner may release any claim (a coach who left must not keep questions locked).
    expect((await core.unclaimQuestion({ actor: owner, communityId, questionId: q.id })).status).toBe('open');

    const audit = await ports.audit.list(communityId, { targetId: q.id }, pageRequest(20));
    const entries = audit.items.map((e) => [e.action, e.actorId, e.before, e.after]);
    const open = { status: 'open', claimedBy: null };
    // Entries of the same instant come back in any order; the set is what matters.
    expect(entries).toHaveLength(4);
    expect(entries).toEqual(
      expect.arrayContaining([
        ['question.claim', chen.memberId, open, { status: 'claimed', claimedBy: chen.memberId }],
        ['question.claim', dai.memberId, open, { status: 'claimed', claimedBy: dai.memberId }],
        ['question.unclaim', chen.memberId, { status: 'claimed', claimedBy: chen.memberId }, open],
        ['question.unclaim', owner.memberId, { status: 'claimed', claimedBy: dai.memberId }, open],
      ]),
    );
  });

  it('lets another coach answer a claimed question and records who answered', async () => {
    const { core, communityId, chen, dai, ask, asker } = await setup();
    const q = await ask('Which freight forwarder?');
    await core.claimQuestion({ actor: chen, communityId, questionId: q.id });
    const answered = await core.answerQuestion({ actor: dai, communityId, questionId: q.id, answer: 'Ask Bo.' });
    expect(answered).toMatchObject({ status: 'answered', claimedBy: chen.memberId, answeredBy: dai.memberId });
    await expect(core.claimQuestion({ actor: chen, communityId, questionId: q.id })).rejects.toMatchObject({
      code: 'question.already_answered',
    });
    // Members and moderators without the coach role cannot claim.
    await expect(core.claimQuestion({ actor: asker, communityId, questionId: q.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });

  it('marks open and claimed questions past questionSlaHours, oldest first, and filters the overdue ones', async () => {
    const { core, ports, communityId, chen, ask } = await setup();
    const oldest = await ask('First');
    ports.clock.advance(10 * HOUR);
    const middle = await ask('Second');
    ports.clock.advance(10 * HOUR);
    const newest = await ask('Third');
    const answered = await ask('Fourth, answered');
    await core.answerQuestion({ actor: chen, communityId, questionId: answered.id, answer: 'Done' });
    await core.claimQuestion({ actor: chen, communityId, questionId: middle.id });

    // 34 h after the first: the first (34 h) and the claimed second (24 h) are due, the third (14 h) is not.
    ports.clock.advance(14 * HOUR);
    const all = await core.listQuestions({ actor: chen, communityId });
    expect(all.slaHours).toBe(24);
    expect(all.items.map((q) => [q.body, q.overdue])).toEqual([
      ['First', true],
      ['Second', true],
      ['Third', false],
      ['Fourth, answered', false],
    ]);
    expect(all.items[0]?.dueAt).toEqual(new Date(oldest.createdAt.getTime() + 24 * HOUR));
    expect(all.items[3]?.dueAt).toBeNull();

    const overdue = await core.listQuestions({ actor: chen, communityId, status: 'overdue' });
    expect(overdue.total).toBe(2);
    expect(overdue.items.map((q) => q.id)).toEqual([oldest.id, middle.id]);
    const paged = await core.listQuestions({ actor: chen, communityId, status: 'overdue', limit: 1, offset: 1 });
    expect(paged.items.map((q) => q.id)).toEqual([middle.id]);

    // Ten more hours: the third is due too.
    ports.clock.advance(10 * HOUR);
    const later = await core.listQuestions({ actor: chen, communityId, status: 'overdue' });
    expect(later.items.map((q) => q.id)).toEqual([oldest.id, middle.id, newest.id]);
  });

  it('computes the due time only for waiting questions; the due moment itself is overdue', () => {
    const createdAt = new Date('2026-03-01T00:00:00Z');
    const due = new Date('2026-03-03T00:00:00Z');
    expect(questionDueAt({ status: 'open', createdAt }, 48)).toEqual(due);
    expect(questionDueAt({ status: 'answered', createdAt }, 48)).toBeNull();
    expect(isQuestionOverdue({ status: 'claimed', createdAt }, new Date(due.getTime() - 1), 48)).toBe(false);
    expect(isQuestionOverdue({ status: 'claimed', createdAt }, due, 48)).toBe(true);
    expect(isQuestionOverdue({ status: 'closed', createdAt }, due, 48)).toBe(false);
  });
});
