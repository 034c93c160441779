import { analyzeRegion, type TextField } from '../text/analyze.js';
import { normalizeText } from '../text/normalize.js';
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';

/** A prepared region filter: `score` is 1 for the same place, less for a place inside it, 0 for no match. */
export interface RegionQuery {
  readonly empty: boolean;
  score(region: TextField): number;
}

const INSIDE = 0.8;
const AROUND = 0.4;

/**
 * Region search in both languages: "深圳" finds "Shenzhen", "China" or "中国" finds members in Shenzhen
 * (a place inside the one asked for), and "Shenzhen" finds a member who only wrote "China", ranked lower.
 * Places the gazetteer does not know match as plain text.
 */
export function regionQuery(query: string, vocabulary: Vocabulary = defaultVocabulary()): RegionQuery {
  const wanted = analyzeRegion(query, vocabulary);
  const raw = normalizeText(query).toLowerCase().trim();
  const empty = raw.length === 0;
  return {
    empty,
    score(region) {
      if (empty) return 0;
      const found = analyzeRegion(region, vocabulary);
      let best = 0;
      for (const q of wanted.ids) {
        for (const r of found.ids) {
          const chain = vocabulary.regionChain[r]!;
          if (r === q) return 1;
          if (chain.includes(q)) best = Math.max(best, INSIDE);
          else if (vocabulary.regionChain[q]!.includes(r)) best = Math.max(best, AROUND);
        }
      }
      if (best === 0 && wanted.ids.length === 0) {
        const texts = typeof region === 'string' ? [region] : (region ?? []);
        if (texts.some((t) => normalizeText(t).toLowerCase().includes(raw))) best = 1;
      }
      return best;
    },
  };
}
