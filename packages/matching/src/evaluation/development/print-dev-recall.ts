import type { MatchProfile, MatchTuning } from '../../engine/match-profile.js';
import { iterateSuggestions } from '../../engine/suggest-matches.js';
import { withSentenceMeanings } from '../../sentence/with-meanings.js';
import { formatRecallTable, type Recall, recallAt } from '../recall.js';
import { generateDevClub } from './generate-dev-club.js';
import { generateDevClubTwo } from './generate-dev-club-two.js';

/**
 * Recall@5 on the development sets (one row group per set: the first set, then set two), with tuning overrides given
 * as JSON arguments, for trying weights on the development sets only:
 * `pnpm exec tsx packages/matching/src/evaluation/development/print-dev-recall.ts '{"mutual":0.7}'`.
 * After the table, set two's planted members are split by how their need is written: a plain ask or a situation.
 */
const variants: Partial<MatchTuning>[] =
  process.argv.length > 2 ? process.argv.slice(2).map((a) => JSON.parse(a)) : [{}];
const options = (seed: number) => ({ pairs: 90, noise: 300, crossLanguageShare: 0.4, seed });
// Sentence meanings as the club's database would hold them (encoded once; cached in the temporary folder).
const withMeanings = async <T extends { profiles: readonly MatchProfile[] }>(club: T): Promise<T> => ({
  ...club,
  profiles: await withSentenceMeanings(club.profiles),
});
const clubsTwo = await Promise.all([1, 2, 3].map((seed) => withMeanings(generateDevClubTwo(options(seed)))));
const sets = [
  { name: 'dev one', clubs: await Promise.all([1, 2, 3].map((seed) => withMeanings(generateDevClub(options(seed))))) },
  { name: 'dev two', clubs: clubsTwo },
];
const rows: [string, Recall][] = [];
for (const set of sets) {
  for (const tuning of variants) {
    let same = 0;
    let sameTotal = 0;
    let cross = 0;
    let crossTotal = 0;
    for (const club of set.clubs) {
      const r = recallAt(club.profiles, club.planted, 5, { tuning });
      same += r.same * r.sameTotal;
      sameTotal += r.sameTotal;
      cross += r.cross * r.crossTotal;
      crossTotal += r.crossTotal;
    }
    rows.push([
      `${set.name} ${JSON.stringify(tuning)}`.slice(0, 34),
      { same: same / sameTotal, sameTotal, cross: cross / crossTotal, crossTotal },
    ]);
  }
}
console.log(formatRecallTable(rows));

const pct = (hit: number, total: number) => `${((hit / Math.max(1, total)) * 100).toFixed(1)}% of ${total}`;
for (const tuning of variants) {
  const count = { plain: 0, plainHit: 0, situation: 0, situationHit: 0 };
  for (const club of clubsTwo) {
    const partner = new Map<string, string>();
    for (const p of club.planted) {
      partner.set(p.a, p.b);
      partner.set(p.b, p.a);
    }
    for (const m of iterateSuggestions(club.profiles, { top: 5, tuning })) {
      const want = partner.get(m.id);
      if (!want) continue;
      const hit = m.suggestions.some((s) => s.id === want) ? 1 : 0;
      if (club.plainAsks.has(m.id)) {
        count.plain++;
        count.plainHit += hit;
      } else {
        count.situation++;
        count.situationHit += hit;
      }
    }
  }
  console.log(
    `dev two ${JSON.stringify(tuning)}: need written as a plain ask ${pct(count.plainHit, count.plain)}, as a situation ${pct(count.situationHit, count.situation)}`,
  );
}
