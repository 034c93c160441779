import type { WordVectors } from '../bridge/word-vectors.js';

/** One side of every member (needs or offers) as term ids, `start[i]..start[i + 1]` per member. */
export interface TermLists {
  readonly start: { get(i: number): number };
  readonly term: { get(k: number): number };
}

/**
 * Each member's needs (or offers) as one unit vector: the mean of their words' vectors, each word weighted by
 * how rare it is in the club (a word half the club writes says nothing), so two members who describe one
 * trade in different words point alike. Members with no known word get a zero vector (no similarity).
 */
export function memberVectors(
  lists: TermLists,
  n: number,
  /** Each term's row in `vectors` (-1: none), from `termRows`. */
  rows: Int32Array,
  termWeight: Float32Array,
  vectors: WordVectors,
): Int8Array {
  const D = vectors.dimensions;
  // One byte per dimension, as in the word table (a club of 100,000 keeps both sides in 20 MB).
  const out = new Int8Array(n * D);
  const sum = new Float32Array(D);
  const values = vectors.values;
  for (let i = 0; i < n; i++) {
    sum.fill(0);
    for (let k = lists.start.get(i); k < lists.start.get(i + 1); k++) {
      const t = lists.term.get(k);
      const row = rows[t]!;
      const w = termWeight[t]!;
      if (row < 0 || w <= 0) continue;
      const from = row * D;
      for (let d = 0; d < D; d++) sum[d]! += w * values[from + d]!;
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += sum[d]! * sum[d]!;
    if (norm === 0) continue;
    const scale = VECTOR_SCALE / Math.sqrt(norm);
    const base = i * D;
    for (let d = 0; d < D; d++) out[base + d] = Math.max(-127, Math.min(127, Math.round(sum[d]! * scale)));
  }
  return out;
}

/** A unit vector's dimensions are stored times this (clipped to a byte): no dimension holds much of a meaning. */
const VECTOR_SCALE = 254;
const UNIT = 1 / (VECTOR_SCALE * VECTOR_SCALE);

/** Cosine of member a's vector in `x` and member b's in `y` (both unit or zero). */
export function cosine(x: Int8Array, a: number, y: Int8Array, b: number, D: number): number {
  let s = 0;
  const p = a * D;
  const q = b * D;
  for (let d = 0; d < D; d++) s += x[p + d]! * y[q + d]!;
  return s * UNIT;
}
