import { hasHan, normalizeText } from './normalize.js';
import { stem } from './stem.js';

/** One unit of text: a Chinese character or a stemmed English (or other alphabetic) word. */
export const HAN_UNIT = 0;
export const WORD_UNIT = 1;

/** A phrase of a member's text: what they wrote (for reasons) and its units (for matching). */
export interface UnitPhrase {
  /** The phrase as written, trimmed. */
  readonly text: string;
  readonly units: readonly string[];
  readonly kinds: readonly number[];
  /** True where Intl.Segmenter starts a word; dictionary matches that respect these win. */
  readonly wordStarts: readonly boolean[];
}

// Intl.Segmenter finds word boundaries for both scripts; its dictionary splits Chinese into words,
// but unknown Chinese words come back as single characters, so we match the vocabulary per character.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Punctuation that ends a phrase. A full stop ends one only before a space or the end ("jd.com" stays whole).
const SEPARATOR = /[，,、;；。！!？?\n\r|｜•·]|\.(?=\s|$)|[\s]\/[\s]|[:：]/;

/**
 * Splits free text into phrases at punctuation and turns each phrase into units
 * with Intl.Segmenter: Chinese characters one by one, other words stemmed.
 */
export function toPhrases(text: string): UnitPhrase[] {
  const phrases: UnitPhrase[] = [];
  const normalized = normalizeText(text);
  // NFKC can change lengths (ligatures), so phrase text is taken from the normalized string; lower case
  // is applied per segment so members see their own capitalisation quoted back.
  let units: string[] = [];
  let kinds: number[] = [];
  let wordStarts: boolean[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (units.length > 0) {
      phrases.push({ text: normalized.slice(start, end).trim(), units, kinds, wordStarts });
    }
    units = [];
    kinds = [];
    wordStarts = [];
    start = -1;
  };
  for (const segment of segmenter.segment(normalized)) {
    const s = segment.segment.toLowerCase();
    if (!segment.isWordLike) {
      if (SEPARATOR.test(s)) flush();
      continue;
    }
    if (start < 0) start = segment.index;
    end = segment.index + s.length;
    if (hasHan(s)) {
      let first = true;
      for (const ch of s) {
        if (hasHan(ch)) {
          units.push(ch);
          kinds.push(HAN_UNIT);
        } else if (/[\p{L}\p{N}]/u.test(ch)) {
          units.push(ch);
          kinds.push(WORD_UNIT);
        } else continue;
        wordStarts.push(first);
        first = false;
      }
    } else {
      units.push(stem(s));
      kinds.push(WORD_UNIT);
      wordStarts.push(true);
    }
  }
  flush();
  return phrases;
}

/** The units of a short vocabulary entry, joined across punctuation ("cross-border" → cross, border). */
export function toUnits(text: string): string[] {
  return toPhrases(text.replace(/[,，、;；。|]/g, ' ')).flatMap((p) => p.units);
}
