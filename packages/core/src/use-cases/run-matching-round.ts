import { encodeReason, type MatchProfile, type MatchRoundStats, pairKey, runMatchRound } from '@snowball/matching';
import { type Introduction, orderedPair } from '../domain/introduction.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { membersWithAccess } from '../rules/member-access.js';

export interface MatchingRoundResult {
  readonly roundId: string;
  /** The introductions created, to be announced with `notifyIntro` (one call per introduction). */
  readonly introductions: readonly Introduction[];
  readonly stats: MatchRoundStats;
}

/**
 * A matching round (the weekly job, or an owner by hand): every opted-in member with access is matched on
 * offers and needs (@snowball/matching), never with someone they were already introduced to or declined
 * (any earlier introduction of the pair), nor with anyone on either member's do-not-pair list; snoozed
 * members and members staff excluded sit out. At most `introsPerRound` new introductions per member, both
 * sides counting. Creates the proposed introductions with their score and reason (stored as data from
 * `memberA`'s point of view; see `introReason`) and returns them — sending the DMs is the caller's step.
 */
export async function runMatchingRound(
  deps: Pick<Ports, 'uow' | 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<MatchingRoundResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const { community, profiles, excludedPairs } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const [all, current, intros] = await Promise.all([
      repos.profiles.listForCommunity(community.id),
      membersWithAccess(repos, community, now),
      repos.introductions.listForCommunity(community.id),
    ]);
    const withAccess = all.filter((p) => current.has(p.memberId));
    const members = new Map(
      (
        await repos.members.getMany(
          community.id,
          withAccess.map((p) => p.memberId),
        )
      ).map((m) => [m.id, m]),
    );
    const profiles: MatchProfile[] = [];
    for (const p of withAccess) {
      const member = members.get(p.memberId);
      if (!member || member.deletedAt) continue;
      profiles.push({
        id: p.memberId,
        language: member.locale ?? p.languages[0] ?? community.settings.defaultLocale,
        industry: p.industry,
        region: p.region,
        skills: p.skills,
        offers: p.offers,
        needs: p.needs,
        // Editing one's profile is the activity we record; fresher profiles describe today's needs.
        lastActiveAt: p.updatedAt,
        doNotPair: p.doNotPair,
        snoozed: p.snoozedUntil !== null && p.snoozedUntil.getTime() > now.getTime(),
        excluded: member.matchingExcluded,
        optedOut: !p.matchingOptIn,
      });
    }
    return { community, profiles, excludedPairs: new Set(intros.map((i) => pairKey(i.memberA, i.memberB))) };
  });

  // The matching itself runs outside the transaction: it is pure computation on what was read.
  const round = runMatchRound(profiles, {
    maxIntrosPerMember: community.settings.introsPerRound,
    excludedPairs,
    now,
  });
  const roundId = deps.ids.id();
  const introductions = await deps.uow.run(async (repos) => {
    const created: Introduction[] = [];
    for (const pair of round.pairs) {
      const [memberA, memberB] = orderedPair(pair.a, pair.b);
      // A pair introduced meanwhile (a concurrent round or staff) stays introduced once.
      if (await repos.introductions.findPair(community.id, memberA, memberB)) continue;
      const intro: Introduction = {
        id: deps.ids.id(),
        communityId: community.id,
        memberA,
        memberB,
        answerA: 'pending',
        answerB: 'pending',
        status: 'proposed',
        score: pair.score,
        reason: encodeReason(pair.reason),
        roundId,
        introducedAt: null,
        followUpAt: null,
        followUpOutcome: null,
        createdAt: now,
      };
      await repos.introductions.create(intro);
      created.push(intro);
    }
    return created;
  });
  return { roundId, introductions, stats: round.stats };
}
