import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCedictModule } from '../bridge/cedict-bridge.js';
import { packageDataFile, savedWordMap } from '../bridge/saved-word-map.js';
import type { BridgeEntry } from '../bridge/word-bridge.js';

/** Glosses that point elsewhere or describe the word rather than translate it. */
const SKIP_GLOSS =
  /^(variant of|old variant|see |surname|cl:|abbr\.|used in|erhua|also written|japanese|korean|\(|to$)/i;
/** A gloss longer than this is an explanation, not a translation. */
const MAX_GLOSS_WORDS = 4;
const MAX_WORD_CHARS = 6;
/** Bumped whenever glossing changes (stored sentence meanings carry `SENTENCE_ENCODER_VERSION`, bump that too). */
const GLOSS_FORMAT = 1;

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

/** Each headword's first gloss that translates it (CC-CEDICT lists the main sense first). */
export function buildGlossMap(entries: Iterable<BridgeEntry>): GlossMap {
  const words = new Map<string, readonly string[]>();
  for (const e of entries) {
    if (words.has(e.simplified)) continue;
    const gloss = e.glosses
      .map((g) =>
        g
          .replace(/\([^)]*\)/g, '')
          .replace(/^to /, '')
          .trim(),
      )
      .find((g) => g && !SKIP_GLOSS.test(g) && g.split(/\s+/).length <= MAX_GLOSS_WORDS);
    if (gloss) words.set(e.simplified, gloss.split(/\s+/));
  }
  return glossMapFrom(words);
}

let cached: GlossMap | null | undefined;
/** The CC-CEDICT gloss map, built once per process (saved in the temporary folder like the word bridge). */
export function cedictGlosses(): GlossMap | null {
  if (cached !== undefined) return cached;
  const file = packageDataFile(dirname(fileURLToPath(import.meta.url)), join('cc-cedict', 'data', 'all.js'));
  cached = file
    ? savedWordMap(
        'cedict-gloss',
        GLOSS_FORMAT,
        [file],
        () => buildGlossMap(parseCedictModule(readFileSync(file, 'utf8'))),
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
    const chars = [...part];
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
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
