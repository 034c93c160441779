import type { WordVectors } from '../bridge/word-vectors.js';

/**
 * Per need term, the offered terms nearest in meaning: `start[t]..start[t + 1]` into `target` and `similarity`
 * (0 at the threshold's cosine, 1 for the same direction).
 */
export interface NearTerms {
  readonly start: Int32Array;
  readonly target: Int32Array;
  readonly similarity: Float32Array;
}

export interface NearTermOptions {
  /** Least cosine of two words' vectors for one to stand for the other. */
  readonly threshold: number;
  /** Nearest offered terms kept per need term. */
  readonly perTerm: number;
  /**
   * Most terms compared on each side, the most written first: the work grows with the product of both, so a
   * club with a vast vocabulary compares its common words and leaves its rarest to exact matching.
   */
  readonly maxTerms: number;
}

/**
 * Words members need, linked to the different words others offer that mean nearly the same ("coaching" →
 * training, "cargo" → freight), from word vectors: each need term's nearest offered terms above a cosine
 * threshold. Only words with a vector take part (English words, and Chinese through the dictionary bridge).
 */
export function nearTerms(
  /** Each term's row in `vectors` (-1: none), from `termRows`. */
  rowOf: Int32Array,
  needDf: Int32Array,
  offerDf: Int32Array,
  vectors: WordVectors,
  options: NearTermOptions,
): NearTerms {
  const D = vectors.dimensions;
  const values = vectors.values;
  const termCount = rowOf.length;
  const pick = (df: Int32Array) => {
    const list: number[] = [];
    for (let t = 0; t < termCount; t++) if (df[t]! > 0 && rowOf[t]! >= 0) list.push(t);
    list.sort((x, y) => df[y]! - df[x]! || x - y);
    return list.slice(0, options.maxTerms);
  };
  const needed = pick(needDf);
  const offered = pick(offerDf);
  // Offered vectors laid out contiguously, as floats, for the inner loop.
  const matrix = new Float32Array(offered.length * D);
  const scale = 1 / (254 * 254);
  for (const [j, t] of offered.entries()) {
    const from = rowOf[t]! * D;
    for (let d = 0; d < D; d++) matrix[j * D + d] = values[from + d]!;
  }
  const lists = new Map<number, [number, number][]>();
  const query = new Float32Array(D);
  const threshold = options.threshold / scale;
  for (const t of needed) {
    const from = rowOf[t]! * D;
    for (let d = 0; d < D; d++) query[d] = values[from + d]!;
    const best: [number, number][] = [];
    for (let j = 0; j < offered.length; j++) {
      const u = offered[j]!;
      if (u === t) continue;
      let s = 0;
      const base = j * D;
      for (let d = 0; d < D; d++) s += query[d]! * matrix[base + d]!;
      if (s < threshold) continue;
      if (best.length < options.perTerm) {
        best.push([u, s]);
        best.sort((x, y) => y[1] - x[1]);
      } else if (s > best[best.length - 1]![1]) {
        best[best.length - 1] = [u, s];
        best.sort((x, y) => y[1] - x[1]);
      }
    }
    if (best.length > 0) lists.set(t, best);
  }
  const start = new Int32Array(termCount + 1);
  const target: number[] = [];
  const similarity: number[] = [];
  for (let t = 0; t < termCount; t++) {
    start[t] = target.length;
    for (const [u, s] of lists.get(t) ?? []) {
      target.push(u);
      // How far above the threshold: a word barely near counts little, a synonym nearly fully.
      similarity.push((s * scale - options.threshold) / (1 - options.threshold));
    }
  }
  start[termCount] = target.length;
  return { start, target: Int32Array.from(target), similarity: Float32Array.from(similarity) };
}
