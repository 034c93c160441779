import { describe, expect, it } from 'vitest';
import { buildWordVectors, termRows } from '../bridge/word-vectors.js';
import { nearTerms } from './near-terms.js';

// Four words: training and coaching point alike, cargo elsewhere, bread nowhere near. Each direction is spread
// over four dimensions, as in real vectors no dimension holds much of a word (the table's bytes assume so).
const spread = (x: number, y: number, z: number) => Float32Array.from([x, x, x, x, y, y, y, y, z, z, z, z]);
const vectors = buildWordVectors(
  [
    ['train', spread(1, 0.1, 0)],
    ['coach', spread(0.9, 0.3, 0)],
    ['cargo', spread(0, 1, 0.1)],
    ['bread', spread(0, 0, 1)],
  ],
  12,
);

describe('near terms', () => {
  const terms = ['train', 'coach', 'cargo', 'bread', '物流'];
  const needDf = Int32Array.from([2, 0, 1, 1, 1]);
  const offerDf = Int32Array.from([0, 3, 1, 0, 1]);

  it('links a needed word to the offered words nearest in meaning, above the threshold, never to itself', () => {
    const near = nearTerms(termRows(vectors, terms), needDf, offerDf, vectors, {
      threshold: 0.5,
      perTerm: 4,
      maxTerms: 100,
    });
    const of = (t: number) => [...near.target.subarray(near.start[t]!, near.start[t + 1]!)].map((u) => terms[u]);
    expect(of(0)).toEqual(['coach']); // train → coach (cargo and bread are too far)
    expect(near.similarity[near.start[0]!]).toBeGreaterThan(0.8); // cosine 0.97, rescaled from the threshold up
    expect(of(2)).toEqual([]); // cargo is offered too, but a word is not near itself; coach is at 0.31
    expect(of(3)).toEqual([]);
    expect(of(4)).toEqual([]); // no vector
    expect(near.start[terms.length]).toBe(near.target.length);
  });

  it('compares only the most written words of each side when told to', () => {
    // Offered words by how many write them: coach (3), then cargo and 物流 (1); needed: train (2) first.
    const near = nearTerms(termRows(vectors, terms), needDf, offerDf, vectors, {
      threshold: 0.2,
      perTerm: 4,
      maxTerms: 1,
    });
    expect([...near.target].map((u) => terms[u])).toEqual(['coach']);
    const wide = nearTerms(termRows(vectors, terms), needDf, offerDf, vectors, {
      threshold: 0.2,
      perTerm: 4,
      maxTerms: 10,
    });
    expect([...wide.target].map((u) => terms[u])).toEqual(['coach', 'coach']); // train → coach, cargo → coach
  });
});
