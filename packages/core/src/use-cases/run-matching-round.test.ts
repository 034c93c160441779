import { decodeReason } from '@snowball/matching';
import { describe, expect, it } from 'vitest';
import { matchingClub } from '../testing/matching-club.js';
import type { NetworkMemberSpec } from '../testing/network-club.js';

const DAY = 86_400_000;

describe('runMatchingRound', () => {
  it('creates reasoned introductions only between opted-in members with access', async () => {
    const { core, club, system, communityId } = await matchingClub();
    const [lilei, sam, meimei, ada] = club.members;
    const round = await core.runMatchingRound({ actor: system, communityId });
    const pairs = round.introductions.map((i) => [i.memberA, i.memberB]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [lilei!.id, sam!.id],
        [meimei!.id, ada!.id],
      ]),
    );
    const sittingOut = new Set(club.members.slice(4).map((m) => m.id));
    for (const intro of round.introductions) {
      expect(sittingOut.has(intro.memberA) || sittingOut.has(intro.memberB)).toBe(false);
      expect(intro).toMatchObject({
        status: 'proposed',
        answerA: 'pending',
        answerB: 'pending',
        roundId: round.roundId,
      });
      expect(intro.score).toBeGreaterThan(0);
    }
    const first = round.introductions.find((i) => i.memberA === lilei!.id);
    expect(decodeReason(first!.reason)?.theyOffer[0]).toMatchObject({
      need: '跨境物流',
      offerConcept: 'freight-forwarding',
    });
  });

  it('never repeats a pair, whatever became of it, and respects do-not-pair lists', async () => {
    const { core, club, system, communityId } = await matchingClub();
    const [lilei, sam, meimei, ada] = club.members;
    const first = await core.runMatchingRound({ actor: system, communityId });
    const declined = first.introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: ada!.actor, communityId, introductionId: declined.id, answer: 'decline' });
    const second = await core.runMatchingRound({ actor: system, communityId });
    expect(second.introductions).toEqual([]);

    const fresh = await matchingClub();
    await fresh.core.updateProfile({
      actor: fresh.club.members[1]!.actor,
      communityId: fresh.communityId,
      patch: { doNotPair: [fresh.club.members[0]!.id] },
    });
    const round = await fresh.core.runMatchingRound({ actor: fresh.system, communityId: fresh.communityId });
    const [freshLilei, freshSam] = fresh.club.members;
    expect(round.introductions.some((i) => i.memberA === freshLilei!.id && i.memberB === freshSam!.id)).toBe(false);
    // Without the list, the same pair is introduced (so the check above is not vacuous).
    expect(first.introductions.some((i) => i.memberA === lilei!.id && i.memberB === sam!.id)).toBe(true);
  });

  it('caps new introductions per member per round, counting both sides', async () => {
    const specs: NetworkMemberSpec[] = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? { name: `Seller ${i}`, profile: { offers: 'Amazon store operations', needs: 'cross-border logistics' } }
        : { name: `Forwarder ${i}`, profile: { offers: 'freight forwarding', needs: 'Amazon sellers' } },
    );
    const { core, communityId, club } = await matchingClub(specs);
    const { owner } = club;
    await core.updateCommunitySettings({ actor: owner, communityId, patch: { introsPerRound: 2 } });
    const round = await core.runMatchingRound({ actor: owner, communityId });
    const counts = new Map<string, number>();
    for (const i of round.introductions) {
      counts.set(i.memberA, (counts.get(i.memberA) ?? 0) + 1);
      counts.set(i.memberB, (counts.get(i.memberB) ?? 0) + 1);
    }
    expect(round.introductions.length).toBeGreaterThan(0);
    expect(Math.max(...counts.values())).toBe(2);
    expect(club.members).toHaveLength(8);
    await expect(core.runMatchingRound({ actor: club.members[0]!.actor, communityId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });

  it('skips members who snoozed matching until the snooze ends', async () => {
    const { core, ports, club, system, communityId } = await matchingClub();
    await core.updateProfile({
      actor: club.members[0]!.actor,
      communityId,
      patch: { snoozedUntil: new Date(ports.clock.now().getTime() + 7 * DAY) },
    });
    const round = await core.runMatchingRound({ actor: system, communityId });
    expect(round.introductions.some((i) => i.memberA === club.members[0]!.id)).toBe(false);
    ports.clock.advanceDays(8);
    const later = await core.runMatchingRound({ actor: system, communityId });
    expect(later.introductions.some((i) => i.memberA === club.members[0]!.id)).toBe(true);
  });
});
