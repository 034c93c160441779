import type { MatchReason } from '../reason/match-reason.js';
import { compileClub } from './compile-club.js';
import { explain } from './explain.js';
import type { MatchOptions, MatchProfile } from './match-profile.js';
import { buildPostingIndex } from './posting-index.js';
import { Ranker } from './ranker.js';
import { roundScore } from './suggest-matches.js';

/** One introduction chosen by a round; `a` sorts before `b`, and the reason is from `a`'s point of view. */
export interface MatchPair {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reason: MatchReason;
}

/** What a round did, for operators and the benchmark. */
export interface MatchRoundStats {
  readonly members: number;
  readonly activeMembers: number;
  /** Posting-list entries read: the work of candidate search, bounded per member. */
  readonly postingsRead: number;
  readonly candidatesTouched: number;
  readonly candidatesScored: number;
  readonly pairsConsidered: number;
  readonly pairs: number;
  readonly membersIntroduced: number;
  readonly compileMs: number;
  readonly indexMs: number;
  readonly rankMs: number;
  readonly selectMs: number;
}

export interface MatchRound {
  readonly pairs: readonly MatchPair[];
  readonly stats: MatchRoundStats;
}

/**
 * A matching round: each member's best counterparts are pooled as pairs, then pairs are taken best first
 * while neither member has reached the cap (an introduction counts for both sides, and `alreadyTaken` counts
 * too). Deterministic: the
 * same profiles and options give the same pairs, whatever the input order.
 */
export function runMatchRound(
  profiles: readonly MatchProfile[],
  options: MatchOptions & {
    /** Introductions members already got this round (e.g. a group of three), counted against their cap. */
    readonly alreadyTaken?: ReadonlyMap<string, number>;
  } = {},
): MatchRound {
  const cap = Math.max(0, Math.trunc(options.maxIntrosPerMember ?? 3));
  const t0 = performance.now();
  const club = compileClub(profiles, options);
  const t1 = performance.now();
  const ranker = new Ranker(club, buildPostingIndex(club));
  const t2 = performance.now();
  const n = club.n;
  // A few more candidates than the cap, because popular counterparts fill up before everyone is served.
  const perMember = cap === 0 ? 0 : Math.max(cap * 3, 5);
  let pairA = new Int32Array(Math.max(16, n * Math.min(perMember, 4)));
  let pairB = new Int32Array(pairA.length);
  let pairScore = new Float64Array(pairA.length);
  let count = 0;
  for (let a = 0; a < n && perMember > 0; a++) {
    for (const r of ranker.rank(a, perMember)) {
      if (count === pairA.length) {
        const grow = <T extends Int32Array | Float64Array>(arr: T, make: (len: number) => T): T => {
          const next = make(arr.length * 2);
          next.set(arr);
          return next;
        };
        pairA = grow(pairA, (len) => new Int32Array(len));
        pairB = grow(pairB, (len) => new Int32Array(len));
        pairScore = grow(pairScore, (len) => new Float64Array(len));
      }
      pairA[count] = Math.min(a, r.index);
      pairB[count] = Math.max(a, r.index);
      pairScore[count] = r.pairScore;
      count++;
    }
  }
  const t3 = performance.now();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((x, y) => pairScore[y]! - pairScore[x]! || pairA[x]! - pairA[y]! || pairB[x]! - pairB[y]!);
  const taken = new Uint8Array(n);
  for (const [id, given] of options.alreadyTaken ?? []) {
    const i = club.indexOfId.get(id);
    if (i !== undefined) taken[i] = Math.min(255, given);
  }
  const pairs: MatchPair[] = [];
  let lastA = -1;
  let lastB = -1;
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    const a = pairA[i]!;
    const b = pairB[i]!;
    // The same pair found from both sides has the same score, so duplicates are neighbours.
    if (a === lastA && b === lastB) continue;
    lastA = a;
    lastB = b;
    if (taken[a]! >= cap || taken[b]! >= cap) continue;
    taken[a]!++;
    taken[b]!++;
    pairs.push({
      a: club.profiles[a]!.id,
      b: club.profiles[b]!.id,
      score: roundScore(pairScore[i]!),
      reason: explain(club, a, b),
    });
  }
  const t4 = performance.now();
  let active = 0;
  let introduced = 0;
  for (let i = 0; i < n; i++) {
    active += club.active[i]!;
    if (taken[i]! > 0) introduced++;
  }
  return {
    pairs,
    stats: {
      members: n,
      activeMembers: active,
      postingsRead: ranker.postingsRead,
      candidatesTouched: ranker.candidatesTouched,
      candidatesScored: ranker.candidatesScored,
      pairsConsidered: count,
      pairs: pairs.length,
      membersIntroduced: introduced,
      compileMs: t1 - t0,
      indexMs: t2 - t1,
      rankMs: t3 - t2,
      selectMs: t4 - t3,
    },
  };
}
