import type { MatchTuning } from '../../engine/match-profile.js';
import { formatRecallTable, type Recall, recallAt } from '../recall.js';
import { generateDevClub } from './generate-dev-club.js';

/**
 * Recall@5 on the development set, with tuning overrides given as JSON arguments, for trying weights on the
 * development set only: `pnpm exec tsx packages/matching/src/evaluation/development/print-dev-recall.ts '{"mutual":0.7}'`.
 */
const variants: Partial<MatchTuning>[] =
  process.argv.length > 2 ? process.argv.slice(2).map((a) => JSON.parse(a)) : [{}];
const clubs = [1, 2, 3].map((seed) => generateDevClub({ pairs: 90, noise: 300, crossLanguageShare: 0.4, seed }));
const rows: [string, Recall][] = [];
for (const tuning of variants) {
  let same = 0;
  let sameTotal = 0;
  let cross = 0;
  let crossTotal = 0;
  for (const club of clubs) {
    const r = recallAt(club.profiles, club.planted, 5, { tuning });
    same += r.same * r.sameTotal;
    sameTotal += r.sameTotal;
    cross += r.cross * r.crossTotal;
    crossTotal += r.crossTotal;
  }
  rows.push([
    JSON.stringify(tuning).slice(0, 34),
    { same: same / sameTotal, sameTotal, cross: cross / crossTotal, crossTotal },
  ]);
}
console.log(formatRecallTable(rows));
