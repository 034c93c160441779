import type { MatchOptions, MatchProfile } from '../engine/match-profile.js';
import { iterateSuggestions } from '../engine/suggest-matches.js';

/** Two members planted as each other's best match. */
export interface PlantedPair {
  readonly a: string;
  readonly b: string;
  readonly sameLanguage: boolean;
}

/** How often the planted partner is in a member's top suggestions. */
export interface Recall {
  readonly same: number;
  readonly sameTotal: number;
  readonly cross: number;
  readonly crossTotal: number;
}

/** Recall@top of the planted partner, counted from both members of each pair, same- and cross-language apart. */
export function recallAt(
  profiles: readonly MatchProfile[],
  planted: readonly PlantedPair[],
  top = 5,
  options: MatchOptions = {},
): Recall {
  const wanted = new Map<string, string>();
  for (const pair of planted) {
    wanted.set(pair.a, pair.b);
    wanted.set(pair.b, pair.a);
  }
  const found = new Set<string>();
  for (const m of iterateSuggestions(profiles, { ...options, top })) {
    const partner = wanted.get(m.id);
    if (partner !== undefined && m.suggestions.some((s) => s.id === partner)) found.add(m.id);
  }
  let same = 0;
  let sameTotal = 0;
  let cross = 0;
  let crossTotal = 0;
  for (const pair of planted) {
    const hits = (found.has(pair.a) ? 1 : 0) + (found.has(pair.b) ? 1 : 0);
    if (pair.sameLanguage) {
      same += hits;
      sameTotal += 2;
    } else {
      cross += hits;
      crossTotal += 2;
    }
  }
  return {
    same: sameTotal ? same / sameTotal : 0,
    sameTotal,
    cross: crossTotal ? cross / crossTotal : 0,
    crossTotal,
  };
}

/** A printable table row: name, same-language and cross-language recall with their counts. */
export function formatRecallTable(rows: readonly (readonly [string, Recall])[]): string {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `${'set'.padEnd(34)} ${'same-lang'.padStart(9)} ${'n'.padStart(5)} ${'cross-lang'.padStart(10)} ${'n'.padStart(5)}`,
  ];
  for (const [name, r] of rows) {
    lines.push(
      `${name.padEnd(34)} ${pct(r.same).padStart(9)} ${String(r.sameTotal).padStart(5)} ${pct(r.cross).padStart(10)} ${String(r.crossTotal).padStart(5)}`,
    );
  }
  return lines.join('\n');
}
