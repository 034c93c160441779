import {
  encodeReason,
  findTrios,
  flipReason,
  type MatchProfile,
  type MatchReason,
  type MatchRoundStats,
  type MatchTrio,
  pairKey,
  runMatchRound,
  SENTENCE_ENCODER_VERSION,
} from '@snowball/matching';
import type { Community } from '../domain/community.js';
import { trioPairs } from '../domain/intro-trio.js';
import { type Introduction, orderedPair } from '../domain/introduction.js';
import { type UnmatchedReason, unmatchedReason } from '../domain/unmatched-notice.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { membersWithAccess } from '../rules/member-access.js';

/** Members read per query: a few MB of profile text at a time. */
const READ_CHUNK = 5_000;

export interface MatchingRoundResult {
  readonly roundId: string;
  /**
   * The introductions created, to be announced with `notifyIntro` (one call per introduction); with the club's
   * `groupIntros` on, the three pairs of each group of three too (`groupId` set; announcing any of them announces the group).
   */
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
    // Stored sentence meanings come along (made by `encodeProfileMeanings`, never computed here); one made by
    // another encoder version reads as none.
    const chunk = await deps.uow.run((repos) =>
      repos.profiles.listMatchCandidates(community.id, after, READ_CHUNK, SENTENCE_ENCODER_VERSION),
    );
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
        meaning: c.meaning ?? null,
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
 * sides counting. With the club's `groupIntros` on, groups of three come first (`findTrios`: one member's needs
 * met by two others together), one introduction each against the cap. Creates the proposed introductions with their score and reason (stored as data from
 * `memberA`'s point of view; see `introReason`) and returns them — sending the DMs is the caller's step.
 */
export async function runMatchingRound(
  deps: Uow<'communities' | 'introductions' | 'memberships' | 'profiles'> & Pick<Ports, 'clock' | 'ids' | 'heap'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<MatchingRoundResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const { community, profiles, excludedPairs } = await readMatchingInput(deps, input.communityId, now);

  // The matching itself runs outside the transaction: it is pure computation on what was read.
  const cap = community.settings.introsPerRound;
  // With groups of three on, they are found first (a group meets a need no pair meets alone); each counts as one
  // introduction against its members' cap, and the pairs round never repeats a pair of a group.
  const trios = community.settings.groupIntros && cap > 0 ? findTrios(profiles, { excludedPairs, now }) : [];
  const roundExcluded = new Set(excludedPairs);
  const alreadyTaken = new Map<string, number>();
  for (const t of trios) {
    for (const [x, y] of [
      [t.needer, t.b],
      [t.needer, t.c],
      [t.b, t.c],
    ] as const) {
      roundExcluded.add(pairKey(x, y));
    }
    for (const m of [t.needer, t.b, t.c]) alreadyTaken.set(m, 1);
  }
  const round = runMatchRound(profiles, {
    maxIntrosPerMember: cap,
    excludedPairs: roundExcluded,
    alreadyTaken,
    now,
  });
  // The club as read and the ranking's working data are garbage now: hand them back before writing (see HeapControl).
  deps.heap?.collect();
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
  introductions.push(...(await createTrios(deps, community.id, trios, roundId, now)));
  const matched = new Set(introductions.flatMap((i) => [i.memberA, i.memberB]));
  const unmatched = profiles.flatMap((p) => {
    const reason = matched.has(p.id) ? null : unmatchedReason(p);
    return reason ? [{ memberId: p.id, reason }] : [];
  });
  return { roundId, introductions, stats: round.stats, unmatched };
}

/**
 * Creates the round's groups of three: each group's three pairs together, in one transaction; a group one of whose
 * pairs was introduced meanwhile (a concurrent round, a member's request) is skipped whole.
 */
async function createTrios(
  deps: Uow<'introductions'> & Pick<Ports, 'ids'>,
  communityId: string,
  trios: readonly MatchTrio[],
  roundId: string,
  now: Date,
): Promise<Introduction[]> {
  const created: Introduction[] = [];
  for (const trio of trios) {
    const pairs = trioPairs({
      groupId: deps.ids.id(),
      communityId,
      members: [trio.needer, trio.b, trio.c],
      ids: [deps.ids.id(), deps.ids.id(), deps.ids.id()],
      score: trio.score,
      reason: (memberA, memberB) => encodeReason(trioReason(trio, memberA, memberB)),
      roundId,
      now,
    });
    try {
      await deps.uow.run(async (repos) => {
        for (const pair of pairs) await repos.introductions.create(pair);
      });
      created.push(...pairs);
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
    }
  }
  return created;
}

/** The reason of one pair of a group, from `memberA`'s point of view. */
function trioReason(trio: MatchTrio, memberA: string, memberB: string): MatchReason {
  const { needer, b, c, reasons } = trio;
  const from = (x: string, y: string, r: MatchReason) => (memberA === x && memberB === y ? r : flipReason(r));
  if ([memberA, memberB].includes(needer)) {
    const other = memberA === needer ? memberB : memberA;
    return from(needer, other, other === b ? reasons.ab : reasons.ac);
  }
  return from(b, c, reasons.bc);
}
