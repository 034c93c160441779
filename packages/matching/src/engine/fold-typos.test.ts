import { describe, expect, it } from 'vitest';
import { foldTypos } from './fold-typos.js';

describe('foldTypos', () => {
  const fold = (terms: string[], df: number[]) => {
    const canon = foldTypos(terms, Int32Array.from(df), 2);
    return terms.map((_, t) => terms[canon[t]!]);
  };

  it('reads a rare misspelling as the common word one slip away', () => {
    // swapped letters, a dropped letter, an extra letter
    expect(fold(['coffe', 'cfofe', 'cofe', 'singapor', 'singapro', 'coffee'], [10, 1, 1, 8, 1, 1])).toEqual([
      'coffe',
      'coffe',
      'cofe',
      'singapor',
      'singapor',
      'coffe',
    ]);
  });

  it('leaves common words, Chinese terms and short words alone', () => {
    // both common: two real words, not a slip
    expect(fold(['import', 'impart'], [10, 10])).toEqual(['import', 'impart']);
    expect(fold(['清真', '清直'], [10, 1])).toEqual(['清真', '清直']);
    expect(fold(['pack', 'pcak'], [10, 1])).toEqual(['pack', 'pcak']);
  });
});
