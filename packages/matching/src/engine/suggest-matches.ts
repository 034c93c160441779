import type { MatchReason } from '../reason/match-reason.js';
import { compileClub } from './compile-club.js';
import { explain } from './explain.js';
import type { MatchOptions, MatchProfile } from './match-profile.js';
import { buildPostingIndex } from './posting-index.js';
import { Ranker } from './ranker.js';

/** A suggested counterpart with its score and why. */
export interface Suggestion {
  readonly id: string;
  readonly score: number;
  readonly reason: MatchReason;
}

/** A member's suggestions, best first. */
export interface MemberSuggestions {
  readonly id: string;
  readonly suggestions: readonly Suggestion[];
}

/** Scores are shown to operators; four decimals are plenty and keep output stable across platforms. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/**
 * The best counterparts of every member, one member at a time (members in id order), so a caller can
 * stream a large club without holding every suggestion. Skipped members get an empty list.
 */
export function* iterateSuggestions(
  profiles: readonly MatchProfile[],
  options: MatchOptions = {},
): Generator<MemberSuggestions> {
  const top = Math.max(1, Math.trunc(options.top ?? 5));
  const club = compileClub(profiles, options);
  const ranker = new Ranker(club, buildPostingIndex(club));
  for (let a = 0; a < club.n; a++) {
    const ranked = ranker.rank(a, top);
    yield {
      id: club.profiles[a]!.id,
      suggestions: ranked.map((r) => ({
        id: club.profiles[r.index]!.id,
        score: roundScore(r.score),
        reason: explain(club, a, r.index),
      })),
    };
  }
}

/** The best `top` counterparts of every member; see `iterateSuggestions`. */
export function suggestMatches(profiles: readonly MatchProfile[], options: MatchOptions = {}): MemberSuggestions[] {
  return [...iterateSuggestions(profiles, options)];
}
