import { describe, expect, it } from 'vitest';
import { buildWordVectors, gloveVectors, readGloveEntries } from './word-vectors.js';

const cosine = (v: ReturnType<typeof buildWordVectors>, a: string, b: string) => {
  const x = v.rowOf(a);
  const y = v.rowOf(b);
  if (x === undefined || y === undefined) return Number.NaN;
  let s = 0;
  for (let d = 0; d < v.dimensions; d++) s += v.values[x * v.dimensions + d]! * v.values[y * v.dimensions + d]!;
  return s / (254 * 254);
};

describe('word vectors', () => {
  it('reads entries piece by piece, whatever the cut, and keeps only plain lowercase words', () => {
    const json =
      '{"precision":8,"words":["the","vectors","Bob"],"vectors":{"the":[1,0,0,1,0],",":[0,1,0,1,1],' +
      '"Bob":[0,0,1,1,2],"cargo":[0.5,0.5,0,0.7,3],"freight":[0.4,0.6,0,0.7,4]},"unkVector":[0,0,0]}';
    const whole = [...readGloveEntries([Buffer.from(json)], 3)];
    expect(whole.map(([w]) => w)).toEqual(['the', 'cargo', 'freight']);
    expect([...whole[1]![1]]).toEqual([0.5, 0.5, 0]);
    // Cut into pieces of every size, including cuts inside the marker, a word and a number.
    for (let size = 1; size < 40; size++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < json.length; at += size) chunks.push(Buffer.from(json.slice(at, at + size)));
      expect([...readGloveEntries(chunks, 3)].map(([w, v]) => `${w}:${[...v].join(',')}`)).toEqual(
        whole.map(([w, v]) => `${w}:${[...v].join(',')}`),
      );
    }
  });

  it('keys vectors by stem, averaging the words that share one, as unit vectors in bytes', () => {
    const table = buildWordVectors(
      [
        ['supplier', Float32Array.from([1, 0])],
        ['suppliers', Float32Array.from([0, 1])],
        ['cargo', Float32Array.from([-0.6, 0.1])],
      ],
      2,
    );
    expect(table.rowOf('supplier')).toBeDefined();
    expect(table.rowOf('suppliers')).toBeUndefined();
    const row = table.rowOf('supplier')!;
    // (1,0) and (0,1) averaged and made unit: both about 0.707, scaled by 254 and clipped to a byte.
    expect([...table.values.subarray(row * 2, row * 2 + 2)]).toEqual([127, 127]);
    // (-0.6, 0.1) made unit is (-0.986, 0.164): the first clipped at -127, the second 0.164 × 254 = 42.
    const cargo = table.rowOf('cargo')!;
    expect([...table.values.subarray(cargo * 2, cargo * 2 + 2)]).toEqual([-127, 42]);
  });

  it('loads GloVe from the installed package: words for one trade point alike, unrelated words do not', () => {
    const table = gloveVectors();
    expect(table).not.toBeNull();
    const v = table!;
    expect(v.stems.length).toBeGreaterThan(50_000);
    expect(cosine(v, 'freight', 'cargo')).toBeGreaterThan(0.5);
    expect(cosine(v, 'lawyer', 'attorney')).toBeGreaterThan(0.8);
    expect(cosine(v, 'freight', 'coffe')).toBeLessThan(0.2);
    expect(gloveVectors()).toBe(table); // read once per process
  }, 60_000);
});
