import { stem } from '../text/stem.js';
import { ENGLISH_STOPWORDS } from '../text/stopwords.js';

/**
 * Chinese words mapped to the stemmed English words they mean, so a phrase in one language meets a phrase in
 * the other (三文鱼 → salmon, 费用 and 成本 → cost) beyond the hand-kept concepts. Built once from a
 * bilingual dictionary (see `cedict-bridge.ts`); tests can build a small one by hand.
 */
export interface WordBridge {
  /** Stemmed English words for a simplified Chinese word, or undefined when the dictionary lacks it. */
  readonly lookup: (word: string) => readonly string[] | undefined;
  /** Longest Chinese word the dictionary holds, in characters. */
  readonly maxLength: number;
  /** Every word with its stems, to save the bridge and rebuild it with `wordBridgeFrom`. */
  readonly entries: () => Iterable<readonly [string, readonly string[]]>;
}

/** Bumped whenever building a bridge from a dictionary changes, so saved bridges are rebuilt. */
export const WORD_BRIDGE_FORMAT = 4;

/** A bridge from words already mapped to their stems (a saved bridge). */
export function wordBridgeFrom(words: Iterable<readonly [string, readonly string[]]>): WordBridge {
  const map = new Map<string, readonly string[]>();
  let maxLength = 0;
  for (const [word, found] of words) {
    if (found.length === 0) continue;
    map.set(word, found);
    const length = [...word].length;
    if (length > maxLength) maxLength = length;
  }
  return { lookup: (word) => map.get(word), maxLength, entries: () => map.entries() };
}

/** One dictionary entry: a simplified Chinese headword and its English glosses. */
export interface BridgeEntry {
  readonly simplified: string;
  readonly glosses: readonly string[];
}

// Glosses that point elsewhere or describe the word rather than translate it.
const SKIP_GLOSS =
  /^(variant of|old variant|see |surname|cl:|abbr\.|used in|erhua|also written|japanese|korean|\(bound form\)|\(old\)|\(archaic\)|\(classical\))/i;
// Words in glosses that carry grammar or register, not meaning.
const GLOSS_NOISE = new Set(
  'something someone sb sth etc kind type sort thing things person people one ones general especially various loanword bound form used usually lit fig literary colloquial slang dialect abbr variant the and or of to as a an in on for by with from at'
    .split(' ')
    .map((w) => stem(w)),
);

const MIN_CHARS = 2;
const MAX_CHARS = 6;
/** A long gloss is an explanation, not a translation: its words would match too much. */
const MAX_GLOSS_WORDS = 3;
/** Stems kept per headword, first glosses first (CC-CEDICT lists the main sense first). */
const MAX_STEMS = 3;

const stems = new Map<string, string | null>();
/** A gloss word's stem, or null when it carries no meaning; cached, as glosses repeat the same words. */
function contentStem(word: string): string | null {
  let s = stems.get(word);
  if (s === undefined) {
    const w = stem(word);
    s = word.length < 3 || GLOSS_NOISE.has(w) || ENGLISH_STOPWORDS.has(w) ? null : w;
    stems.set(word, s);
  }
  return s;
}

/** The stemmed content words of one gloss, or nothing for a gloss too long or not a translation. */
export function glossStems(gloss: string): string[] {
  if (SKIP_GLOSS.test(gloss.trim())) return [];
  const plain = gloss.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').toLowerCase();
  const words = plain.match(/[a-z]+/g) ?? [];
  const content: string[] = [];
  for (const word of words) {
    const s = contentStem(word);
    if (s === null) continue;
    content.push(s);
    if (content.length > MAX_GLOSS_WORDS) return [];
  }
  return content;
}

/** A bridge from dictionary entries; words outside 2–6 characters are left out (single characters are too ambiguous). */
export function buildWordBridge(entries: Iterable<BridgeEntry>): WordBridge {
  const map = new Map<string, string[]>();
  for (const entry of entries) {
    const word = entry.simplified;
    const length = [...word].length;
    if (length < MIN_CHARS || length > MAX_CHARS || !/^\p{Script=Han}+$/u.test(word)) continue;
    const found = map.get(word) ?? [];
    for (const gloss of entry.glosses) {
      if (found.length >= MAX_STEMS) break;
      for (const s of glossStems(gloss)) {
        if (found.length < MAX_STEMS && !found.includes(s)) found.push(s);
      }
    }
    if (found.length > 0) map.set(word, found);
  }
  return wordBridgeFrom(map);
}

/**
 * The English stems a run of Chinese characters means, word by word: at each place the longest word the
 * bridge knows (forward maximum matching), characters it does not know skipped.
 */
export function bridgeHanRun(chars: readonly string[], bridge: WordBridge): string[] {
  const out: string[] = [];
  const text = chars.join('');
  // Characters outside the basic plane take two code units; then slice by characters.
  const word =
    text.length === chars.length
      ? (i: number, len: number) => text.substr(i, len)
      : (i: number, len: number) => chars.slice(i, i + len).join('');
  let i = 0;
  while (i < chars.length) {
    let matched = 0;
    for (let len = Math.min(bridge.maxLength, chars.length - i); len >= MIN_CHARS; len--) {
      const stems = bridge.lookup(word(i, len));
      if (stems) {
        for (const s of stems) if (!out.includes(s)) out.push(s);
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}
