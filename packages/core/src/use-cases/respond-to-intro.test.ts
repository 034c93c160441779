import { describe, expect, it } from 'vitest';
import { storeIntroduction } from '../testing/intro-fixture.js';
import { matchingClub } from '../testing/matching-club.js';
import { clubWithMemberIn, MEMBERSHIP_CASES } from '../testing/membership-states.js';

const DAY = 86_400_000;

describe('respondToIntro', () => {
  it.each(MEMBERSHIP_CASES)('$state → refused with $refusedWith', async ({ state, refusedWith }) => {
    const { core, ports, communityId, member, other } = await clubWithMemberIn(state);
    const pair = { communityId, memberA: member.memberId, memberB: other.memberId };
    const intro = await storeIntroduction(ports, pair, 'proposed');
    const answering = core.respondToIntro({ actor: member, communityId, introductionId: intro.id, answer: 'accept' });
    if (refusedWith) {
      await expect(answering).rejects.toMatchObject({ code: refusedWith });
      expect(await ports.introductions.get(communityId, intro.id)).toMatchObject({ answerA: 'pending' });
    } else {
      await answering;
      expect(await ports.introductions.get(communityId, intro.id)).toMatchObject({ answerA: 'accepted' });
    }
  });

  it('tells both members how to reach each other once both accepted, and only then', async () => {
    const { core, ports, communityId, member, other } = await clubWithMemberIn('active');
    const pair = { communityId, memberA: member.memberId, memberB: other.memberId };
    const intro = await storeIntroduction(ports, pair, 'proposed');
    await core.respondToIntro({ actor: member, communityId, introductionId: intro.id, answer: 'accept' });
    expect(ports.messenger.sent).toEqual([]);
    const made = await core.respondToIntro({ actor: other, communityId, introductionId: intro.id, answer: 'accept' });
    expect(made.status).toBe('introduced');
    expect(ports.messenger.sent.map((s) => s.account.memberId).sort()).toEqual(
      [member.memberId, other.memberId].sort(),
    );
    const keys = (
      await ports.deliveries.getMany([
        `intro-introduced:${intro.id}:${member.memberId}`,
        `intro-introduced:${intro.id}:${other.memberId}`,
      ])
    ).map((d) => d.status);
    expect(keys).toEqual(['sent', 'sent']);
  });

  it('makes the introduction even when the messages cannot be sent now (the reconcile sends them later)', async () => {
    const { core, ports, communityId, member, other } = await clubWithMemberIn('active');
    const pair = { communityId, memberA: member.memberId, memberB: other.memberId };
    const intro = await storeIntroduction(ports, pair, 'proposed');
    await core.respondToIntro({ actor: member, communityId, introductionId: intro.id, answer: 'accept' });
    ports.messenger.send = async () => {
      throw new Error('platform down');
    };
    const made = await core.respondToIntro({ actor: other, communityId, introductionId: intro.id, answer: 'accept' });
    expect(made.status).toBe('introduced');
    expect(await ports.introductions.get(communityId, intro.id)).toMatchObject({ status: 'introduced' });
  });
});

describe('respondToIntro', () => {
  it('runs the double opt-in and credits the members who gave', async () => {
    const { core, ports, club, system, communityId } = await matchingClub();
    const [lilei, sam, meimei] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const intro = introductions.find((i) => i.memberA === lilei!.id)!;
    await expect(
      core.respondToIntro({ actor: meimei!.actor, communityId, introductionId: intro.id, answer: 'accept' }),
    ).rejects.toMatchObject({ code: 'intro.not_party' });
    await core.respondToIntro({ actor: sam!.actor, communityId, introductionId: intro.id, answer: 'snooze' });
    const half = await core.respondToIntro({
      actor: lilei!.actor,
      communityId,
      introductionId: intro.id,
      answer: 'accept',
    });
    expect(half.status).toBe('proposed');
    await expect(
      core.respondToIntro({ actor: lilei!.actor, communityId, introductionId: intro.id, answer: 'decline' }),
    ).rejects.toMatchObject({ code: 'intro.already_decided' });
    const done = await core.respondToIntro({
      actor: sam!.actor,
      communityId,
      introductionId: intro.id,
      answer: 'accept',
    });
    expect(done.status).toBe('introduced');
    expect(done.followUpAt?.getTime()).toBe(ports.clock.now().getTime() + 14 * DAY);
    // Both gave: Sam's forwarding meets 李雷's need and 李雷's Amazon team meets Sam's.
    for (const member of [lilei!, sam!]) {
      const kinds = (await ports.contributions.listForMember(communityId, member.id)).map((c) => c.kind);
      expect(kinds).toEqual(['intro']);
    }
  });

  it('closes on one decline, and expires when not answered in time', async () => {
    const { core, ports, club, system, communityId } = await matchingClub();
    const [lilei, sam, meimei, ada] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const first = introductions.find((i) => i.memberA === lilei!.id)!;
    const second = introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: lilei!.actor, communityId, introductionId: first.id, answer: 'accept' });
    const declined = await core.respondToIntro({
      actor: sam!.actor,
      communityId,
      introductionId: first.id,
      answer: 'decline',
    });
    expect(declined.status).toBe('declined');

    ports.clock.advanceDays(15);
    await expect(
      core.respondToIntro({ actor: ada!.actor, communityId, introductionId: second.id, answer: 'accept' }),
    ).rejects.toMatchObject({ code: 'intro.expired' });
    expect((await ports.introductions.get(communityId, second.id))?.status).toBe('expired');
    const listed = await core.listIntros({ actor: meimei!.actor, communityId });
    expect(listed.map((l) => l.introduction.status)).toEqual(['expired']);
  });

  it('expires stale proposals in bulk for the periodic job', async () => {
    const { core, ports, system, communityId } = await matchingClub();
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    ports.clock.advanceDays(13);
    expect(await core.expireIntros({ actor: system, communityId })).toEqual([]);
    ports.clock.advanceDays(1);
    const expired = await core.expireIntros({ actor: system, communityId });
    expect(expired.map((i) => i.id).sort()).toEqual(introductions.map((i) => i.id).sort());
  });
});
