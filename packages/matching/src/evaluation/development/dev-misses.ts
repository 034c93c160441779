import { iterateSuggestions } from '../../engine/suggest-matches.js';
import { generateDevClub } from './generate-dev-club.js';

/**
 * Prints the development set's misses: the member, their need and offer, the planted partner's, and who ranked
 * above. For tuning on the development set only (`pnpm exec tsx packages/matching/src/evaluation/development/dev-misses.ts`).
 */
const seeds = process.argv.slice(2).map(Number).filter(Number.isFinite);
for (const seed of seeds.length ? seeds : [1, 2, 3]) {
  const club = generateDevClub({ pairs: 90, noise: 300, crossLanguageShare: 0.4, seed });
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
