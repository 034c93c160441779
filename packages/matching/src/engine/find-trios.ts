import type { MatchReason } from '../reason/match-reason.js';
import { type CompiledClub, compileClub } from './compile-club.js';
import { explain } from './explain.js';
import type { MatchOptions, MatchProfile } from './match-profile.js';
import { buildPostingIndex } from './posting-index.js';
import { Ranker } from './ranker.js';
import { roundScore } from './suggest-matches.js';

/**
 * A group introduction of three: `needer`'s needs are met by `b` and `c` together (each meets a need the other
 * does not). Reasons are from the first-named member's point of view: `ab` and `ac` from the needer's, `bc` from
 * `b`'s. `chained` when b and c also meet a need of each other (the three do business in a ring or a chain).
 */
export interface MatchTrio {
  readonly needer: string;
  readonly b: string;
  readonly c: string;
  readonly score: number;
  readonly chained: boolean;
  readonly reasons: { readonly ab: MatchReason; readonly ac: MatchReason; readonly bc: MatchReason };
}

export interface TrioOptions extends MatchOptions {
  /** Members who may not be in a group this round (e.g. already at their round's cap). */
  readonly unavailable?: ReadonlySet<string>;
  /** Counterparts of each member considered (default 8). */
  readonly candidates?: number;
}

/** Need phrases of x that y's offers meet. */
function metNeeds(reason: MatchReason): Set<string> {
  return new Set(reason.theyOffer.map((l) => l.need));
}

function excluded(club: CompiledClub, x: number, y: number): boolean {
  for (let k = club.exclusionStart[x]!; k < club.exclusionStart[x + 1]!; k++) if (club.exclusion[k] === y) return true;
  return false;
}

/**
 * Groups of three for a round: for each member, the two counterparts (among their best few) whose offers
 * together meet more of the member's needs than either alone, each adding a need the other does not meet. Groups
 * are taken best first (the two counterparts' scores for the member, a little more when the two also meet each
 * other's needs), each member in at most one group, never a pair that is excluded (already introduced, declined,
 * do-not-pair) or a member who is `unavailable`. Deterministic, like `runMatchRound`.
 */
export function findTrios(profiles: readonly MatchProfile[], options: TrioOptions = {}): MatchTrio[] {
  const club = compileClub(profiles, options);
  const ranker = new Ranker(club, buildPostingIndex(club));
  const unavailable = options.unavailable ?? new Set<string>();
  const perMember = Math.max(2, Math.trunc(options.candidates ?? 8));
  const free = (i: number) => club.active[i] === 1 && !unavailable.has(club.profiles[i]!.id);
  const found: { a: number; b: number; c: number; score: number; chained: boolean }[] = [];
  for (let a = 0; a < club.n; a++) {
    if (!free(a)) continue;
    const options = ranker
      .rank(a, perMember)
      .filter((r) => r.forward > 0 && free(r.index))
      .map((r) => ({ index: r.index, score: r.score, met: metNeeds(explain(club, a, r.index)) }))
      .filter((o) => o.met.size > 0);
    let best: (typeof found)[number] | null = null;
    for (let i = 0; i < options.length; i++) {
      for (let j = i + 1; j < options.length; j++) {
        const x = options[i]!;
        const y = options[j]!;
        // Each must meet a need the other does not: otherwise one introduction of two does as well.
        const xOnly = [...x.met].some((n) => !y.met.has(n));
        const yOnly = [...y.met].some((n) => !x.met.has(n));
        if (!xOnly || !yOnly || excluded(club, x.index, y.index)) continue;
        const s = ranker.score(x.index, y.index);
        const chained = s.forward > 0 || s.backward > 0;
        const score = (x.score + y.score) / 2 + (chained ? 0.1 : 0);
        if (!best || score > best.score) {
          const [b, c] = x.index < y.index ? [x.index, y.index] : [y.index, x.index];
          best = { a, b, c, score, chained };
        }
      }
    }
    if (best) found.push(best);
  }
  found.sort((x, y) => y.score - x.score || x.a - y.a);
  const taken = new Uint8Array(club.n);
  const trios: MatchTrio[] = [];
  for (const t of found) {
    if (taken[t.a] || taken[t.b] || taken[t.c]) continue;
    taken[t.a] = 1;
    taken[t.b] = 1;
    taken[t.c] = 1;
    trios.push({
      needer: club.profiles[t.a]!.id,
      b: club.profiles[t.b]!.id,
      c: club.profiles[t.c]!.id,
      score: roundScore(t.score),
      chained: t.chained,
      reasons: { ab: explain(club, t.a, t.b), ac: explain(club, t.a, t.c), bc: explain(club, t.b, t.c) },
    });
  }
  return trios;
}
