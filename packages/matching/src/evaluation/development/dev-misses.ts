import { iterateSuggestions } from '../../engine/suggest-matches.js';
import { generateDevClub } from './generate-dev-club.js';
import { generateDevClubTwo } from './generate-dev-club-two.js';

/**
 * Prints a development set's misses: the member, their need and offer, the planted partner's, and who ranked above.
 * For tuning on the development sets only: `pnpm exec tsx packages/matching/src/evaluation/development/dev-misses.ts 1`
 * lists the first set's misses for seed 1, `dev-misses.ts two 1` set two's (no seed: seeds 1, 2 and 3).
 */
const args = process.argv.slice(2);
const two = args[0] === 'two';
const seeds = (two ? args.slice(1) : args).map(Number).filter(Number.isFinite);
for (const seed of seeds.length ? seeds : [1, 2, 3]) {
  const options = { pairs: 90, noise: 300, crossLanguageShare: 0.4, seed };
  const club = two ? generateDevClubTwo(options) : generateDevClub(options);
  const byId = new Map(club.profiles.map((p) => [p.id, p]));
  const partner = new Map<string, string>();
  for (const p of club.planted) {
    partner.set(p.a, p.b);
    partner.set(p.b, p.a);
  }
  for (const m of iterateSuggestions(club.profiles, { top: 5 })) {
    const want = partner.get(m.id);
    if (!want || m.suggestions.some((s) => s.id === want)) continue;
    const me = byId.get(m.id);
    const them = byId.get(want);
    console.log(`\n${m.id}: needs «${me?.needs}» offers «${me?.offers}»`);
    console.log(`  partner ${want}: needs «${them?.needs}» offers «${them?.offers}»`);
    for (const s of m.suggestions.slice(0, 3)) {
      const o = byId.get(s.id);
      console.log(`  got ${s.id} ${s.score}: needs «${o?.needs}» offers «${o?.offers}»`);
    }
  }
}
