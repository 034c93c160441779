import { describe, expect, it } from 'vitest';
import { clubWithMemberIn, MEMBERSHIP_CASES } from '../testing/membership-states.js';

describe('askQuestion: only while the membership gives access', () => {
  it.each(MEMBERSHIP_CASES)('$state → refused with $refusedWith', async ({ state, refusedWith }) => {
    const { core, ports, communityId, member } = await clubWithMemberIn(state);
    const asking = core.askQuestion({ actor: member, body: 'How should I price my first product?' });
    if (refusedWith) {
      await expect(asking).rejects.toMatchObject({ code: refusedWith });
      expect(await ports.questions.listForMember(communityId, member.memberId)).toEqual([]);
    } else {
      const question = await asking;
      expect((await ports.questions.listForMember(communityId, member.memberId)).map((q) => q.id)).toEqual([
        question.id,
      ]);
    }
  });

  it('lets staff ask without a membership of their own', async () => {
    const { core, owner } = await clubWithMemberIn('never paid');
    await expect(core.askQuestion({ actor: owner, body: 'A test question' })).resolves.toMatchObject({
      status: 'open',
    });
  });
});
