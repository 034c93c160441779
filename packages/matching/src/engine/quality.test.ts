import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { generatePlantedClub } from '../testing/generate-club.js';
import { suggestMatches } from './suggest-matches.js';

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

/**
 * Ranking quality: in generated clubs with planted complementary pairs (A needs what B offers and B needs
 * what A offers, worded differently, some pairs across Chinese and English) among members with one-sided
 * overlaps, the planted partner must be in each member's top 5 at least 90% of the time.
 */
describe('ranking quality on planted complementary pairs', { timeout: 30_000 }, () => {
  for (const seed of [7, 11, 23]) {
    it(`finds the planted partner in the top 5 (seed ${seed})`, () => {
      const { profiles, planted } = generatePlantedClub({ pairs: 200, noise: 300, crossLanguageShare: 0.4, seed });
      const top = new Map(suggestMatches(profiles, { top: 5 }).map((m) => [m.id, m.suggestions.map((s) => s.id)]));
      const hits = { same: 0, sameTotal: 0, cross: 0, crossTotal: 0 };
      for (const pair of planted) {
        for (const [member, partner] of [
          [pair.a, pair.b],
          [pair.b, pair.a],
        ] as const) {
          const found = top.get(member)?.includes(partner) ?? false;
          if (pair.sameLanguage) {
            hits.sameTotal++;
            if (found) hits.same++;
          } else {
            hits.crossTotal++;
            if (found) hits.cross++;
          }
        }
      }
      const same = hits.same / hits.sameTotal;
      const cross = hits.cross / hits.crossTotal;
      console.log(
        `quality seed ${seed}: same-language ${(same * 100).toFixed(1)}% of ${hits.sameTotal}, ` +
          `cross-language ${(cross * 100).toFixed(1)}% of ${hits.crossTotal}`,
      );
      expect(hits.crossTotal).toBeGreaterThan(100);
      expect(same).toBeGreaterThanOrEqual(0.9);
      expect(cross).toBeGreaterThanOrEqual(0.9);
    });
  }
});
