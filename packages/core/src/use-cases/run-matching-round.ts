import { encodeReason, type MatchProfile, type MatchRoundStats, pairKey, runMatchRound } from '@snowball/matching';
import type { Community } from '../domain/community.js';
import { type Introduction, orderedPair } from '../domain/introduction.js';
import { type UnmatchedReason, unmatchedReason } from '../domain/unmatched-notice.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { membersWithAccess } from '../rules/member-access.js';

/** Members read per query: a few MB of profile text at a time. */
const READ_CHUNK = 5_000;

export interface MatchingRoundResult {
  readonly roundId: string;
  /** The introductions created, to be announced with `notifyIntro` (one call per introduction). */
  readonly introductions: readonly Introduction[];
  readonly stats: MatchRoundStats;
  /** Members who took part but got no new introduction, and why (`unmatchedReason`); opted-out ones are not listed. */
  readonly unmatched: readonly { readonly memberId: string; readonly reason: UnmatchedReason }[];
}

/**
 * What a round works on, read from the rows: every member with access who can be matched, as the engine
 * sees them (read a chunk at a time), and every pair that already had an introduction.
 */
export async function readMatchingInput(
  deps: Uow<'communities' | 'introductions' | 'memberships' | 'profiles'>,
  communityId: string,
  now: Date,
): Promise<{ readonly community: Community; readonly profiles: MatchProfile[]; readonly excludedPairs: Set<string> }> {
  const { community, current, excludedPairs } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, communityId);
    const [current, pairs] = await Promise.all([
      membersWithAccess(repos, community, now),
      repos.introductions.listPairs(community.id),
    ]);
    return { community, current, excludedPairs: new Set(pairs.map(([a, b]) => pairKey(a, b))) };
  });

  // The club is read a chunk at a time, keeping only what the engine needs of each member.
  const profiles: MatchProfile[] = [];
  let after: string | null = null;
  for (;;) {
    const chunk = await deps.uow.run((repos) => repos.profiles.listMatchCandidates(community.id, after, READ_CHUNK));
    for (const c of chunk) {
      if (!current.has(c.memberId)) continue;
      const p = c.profile;
      profiles.push({
        id: c.memberId,
        language: c.locale ?? p.languages[0] ?? community.settings.defaultLocale,
        industry: p.industry,
        region: p.region,
        skills: p.skills,
        offers: p.offers,
        needs: p.needs,
        // Editing one's profile is the activity we record; fresher profiles describe today's needs.
        lastActiveAt: p.updatedAt,
        doNotPair: p.doNotPair,
        snoozed: p.snoozedUntil !== null && p.snoozedUntil.getTime() > now.getTime(),
        excluded: c.matchingExcluded,
        optedOut: !p.matchingOptIn,
      });
    }
    if (chunk.length < READ_CHUNK) break;
    after = chunk[chunk.length - 1]?.memberId ?? null;
  }
  return { community, profiles, excludedPairs };
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
  deps: Uow<'communities' | 'introductions' | 'memberships' | 'profiles'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<MatchingRoundResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const { community, profiles, excludedPairs } = await readMatchingInput(deps, input.communityId, now);

  // The matching itself runs outside the transaction: it is pure computation on what was read.
  const round = runMatchRound(profiles, {
    maxIntrosPerMember: community.settings.introsPerRound,
    excludedPairs,
    now,
  });
  const roundId = deps.ids.id();
  const proposed = round.pairs.map((pair): Introduction => {
    const [memberA, memberB] = orderedPair(pair.a, pair.b);
    return {
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
  });
  // One multi-row insert per chunk; a pair introduced meanwhile (a concurrent round or staff) is skipped.
  const created = new Set(await deps.uow.run((repos) => repos.introductions.createMany(proposed)));
  const introductions = proposed.filter((i) => created.has(i.id));
  const matched = new Set(introductions.flatMap((i) => [i.memberA, i.memberB]));
  const unmatched = profiles.flatMap((p) => {
    const reason = matched.has(p.id) ? null : unmatchedReason(p);
    return reason ? [{ memberId: p.id, reason }] : [];
  });
  return { roundId, introductions, stats: round.stats, unmatched };
}
