import { foldText, type NormalizedText, normalizeText } from '../normalize/normalize-text.js';
import { FINANCE_TAILS, LEGITIMATE_COMPOUNDS } from './legitimate-compounds.js';

/** Finds which of a club's excluded keywords a text contains, however they are written. */
export type ExcludedKeywordMatcher = (text: string | NormalizedText) => string[];

const HAN = /\p{Script=Han}/u;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPOUNDS = new RegExp(LEGITIMATE_COMPOUNDS.map(escapeRegExp).join('|'), 'g');
const TAILS = FINANCE_TAILS.map(escapeRegExp).join('|');

/** "b1tc0in" → "bitcoin": digits and symbols standing for letters, only inside words that have letters. */
export function unleet(text: string): string {
  // One pass over runs of word characters (a pattern that requires a letter inside would backtrack on long digit runs).
  return text.replace(/[a-z0-9@$]+/g, (word) =>
    /[a-z]/.test(word) && /[0-9@$]/.test(word) ? word.replace(/[0-9@$]/g, (ch) => LEET[ch] ?? ch) : word,
  );
}

/** The compact form with harmless compounds (资金盘点, 宣传销售) masked. */
export function maskCompounds(compact: string): string {
  return compact.replace(COMPOUNDS, '#');
}

interface CompiledKeyword {
  readonly keyword: string;
  readonly han?: string;
  readonly latin?: RegExp;
}

function compileKeyword(keyword: string): CompiledKeyword | null {
  const folded = foldText(keyword.trim());
  if (HAN.test(folded)) {
    const han = folded.replace(/[^\p{L}\p{N}]+/gu, '');
    return han ? { keyword, han } : null;
  }
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) return null;
  // Words may be run together or split by any separator; the term starts a word and ends it, or goes on into a
  // finance ending ("crypto" → "cryptocurrency", never "cryptography").
  const body = words.map(escapeRegExp).join('[^a-z0-9]*');
  return { keyword, latin: new RegExp(`(?<![a-z0-9])${body}(?:${TAILS})?(?![a-z])`) };
}

/** Compiles a keyword list once; the matcher returns the keywords found (as the club wrote them), without repeats. */
export function compileExcludedKeywords(keywords: readonly string[]): ExcludedKeywordMatcher {
  const compiled = keywords.map(compileKeyword).filter((k): k is CompiledKeyword => k !== null);
  return (input) => {
    const text = typeof input === 'string' ? normalizeText(input) : input;
    const masked = maskCompounds(text.compact);
    let latinViews: string[] | undefined;
    const found: string[] = [];
    for (const k of compiled) {
      let hit = false;
      if (k.han) hit = masked.includes(k.han);
      else if (k.latin) {
        latinViews ??= [text.joined, unleet(text.joined)];
        hit = latinViews.some((view) => k.latin?.test(view));
      }
      if (hit && !found.includes(k.keyword)) found.push(k.keyword);
    }
    return found;
  };
}

/** Which excluded keywords a text contains, however they are written (full-width, spaced, traditional, look-alikes). */
export function matchExcludedKeywords(text: string, keywords: readonly string[]): string[] {
  return compileExcludedKeywords(keywords)(text);
}
