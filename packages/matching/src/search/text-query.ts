import { analyzeField, type TextField } from '../text/analyze.js';
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';

/** A document field to search, with how much a hit in it counts (a name counts more than a note). */
export interface SearchField {
  readonly text: TextField;
  readonly weight: number;
  /** Only the same concept counts here, not related ones (e.g. in what a member needs). */
  readonly exact?: boolean;
}

/** A prepared search: call `score` on each document; 0 means no match. */
export interface TextQuery {
  /** True when the query has nothing to search for (only filler words). */
  readonly empty: boolean;
  score(fields: readonly SearchField[]): number;
}

// A concept hit counts fully, a related concept (need ↔ offer, broader ↔ narrower) less, a shared word less.
const RELATED = 0.6;
const WORD = 0.5;
const SUBSTRING = 0.35;

/**
 * Directory search for Chinese (no spaces) and English alike: the query and each document field are read
 * into vocabulary concepts and leftover words, so "跨境物流" finds "international shipping" and "海外仓".
 * Every query part must match somewhere for a document to score (AND), and the score sums the weights of
 * the fields it matched in, so better fields rank first.
 */
export function textQuery(query: string, vocabulary: Vocabulary = defaultVocabulary()): TextQuery {
  const phrases = analyzeField(query, vocabulary).filter((p) => !p.blocked);
  const concepts = [...new Set(phrases.flatMap((p) => p.concepts))];
  const words = [...new Set(phrases.flatMap((p) => p.terms))];
  // Words shorter than a bigram still count as a plain substring ("AI", "HR" are concepts, but "X5" is not).
  const raw = query.normalize('NFKC').toLowerCase().trim();
  const size = vocabulary.size;
  const empty = concepts.length === 0 && words.length === 0 && raw.length === 0;
  return {
    empty,
    score(fields) {
      if (empty) return 0;
      const analyzed = fields.map((f) => ({
        weight: f.weight,
        exact: f.exact === true,
        phrases: analyzeField(f.text, vocabulary),
      }));
      let total = 0;
      for (const c of concepts) {
        let best = 0;
        for (const f of analyzed) {
          for (const p of f.phrases) {
            for (const d of p.concepts) {
              const direct = c === d ? 1 : 0;
              const related = f.exact
                ? 0
                : Math.max(vocabulary.relation[c * size + d]!, vocabulary.relation[d * size + c]!) * RELATED;
              const v = Math.max(direct, related) * f.weight;
              if (v > best) best = v;
            }
          }
        }
        if (best === 0) return 0;
        total += best;
      }
      for (const w of words) {
        let best = 0;
        for (const f of analyzed) {
          if (f.phrases.some((p) => p.terms.includes(w))) best = Math.max(best, WORD * f.weight);
        }
        if (best === 0) return 0;
        total += best;
      }
      if (concepts.length === 0 && words.length === 0) {
        // Nothing the analyzer keeps (a short code, a name): fall back to a plain substring match.
        for (const f of fields) {
          const texts = typeof f.text === 'string' ? [f.text] : (f.text ?? []);
          if (texts.some((t) => t.normalize('NFKC').toLowerCase().includes(raw)))
            total = Math.max(total, SUBSTRING * f.weight);
        }
      }
      return total;
    },
  };
}
