import { beforeAll, describe, expect, it } from 'vitest';
import { SENTENCE_DIMENSIONS, SENTENCE_SCALE } from './sentence-dimensions.js';
import { SENTENCE_ENCODER_VERSION, type SentenceEncoder, sentenceEncoder } from './sentence-encoder.js';
import { withSentenceMeanings } from './with-meanings.js';

// The real model from its npm package (Universal Sentence Encoder, TensorFlow.js CPU kernels).
let encoder: SentenceEncoder;
beforeAll(async () => {
  const loaded = await sentenceEncoder();
  if (!loaded) throw new Error('the sentence encoder package is not installed');
  encoder = loaded;
}, 120_000);

const cosine = (x: Int8Array, y: Int8Array) => {
  let s = 0;
  for (let d = 0; d < x.length; d++) s += x[d]! * y[d]!;
  return s / (SENTENCE_SCALE * SENTENCE_SCALE);
};

describe('the sentence encoder', () => {
  it('gives each text a unit vector of SENTENCE_DIMENSIONS bytes, the same every time', async () => {
    const [a, b] = await encoder.encodeTexts(
      ['our pallets sit at the factory for days waiting for a truck', ''],
      'needs',
    );
    expect(a).toHaveLength(SENTENCE_DIMENSIONS);
    expect(cosine(a!, a!)).toBeGreaterThan(0.97);
    expect(cosine(a!, a!)).toBeLessThan(1.03);
    // An empty text says nothing: all zeros.
    expect([...b!].every((v) => v === 0)).toBe(true);
    const [again] = await encoder.encodeTexts(['our pallets sit at the factory for days waiting for a truck'], 'needs');
    expect([...again!]).toEqual([...a!]);
    expect(encoder.version).toBe(SENTENCE_ENCODER_VERSION);
  }, 60_000);

  it('puts a need written as a situation nearer the trade that meets it than an unrelated trade', async () => {
    const [need, zhNeed] = await encoder.encodeTexts(
      ['our pallets sit at the factory for days waiting for a truck', '我们的货物在工厂等卡车运输'],
      'needs',
    );
    const [trucking, photos] = await encoder.encodeTexts(
      ['drayage and FTL/LTL trucking, own fleet of 60 tractors', 'wedding photography and video, albums and prints'],
      'offers',
    );
    expect(cosine(need!, trucking!)).toBeGreaterThan(cosine(need!, photos!) + 0.05);
    // Chinese is glossed into English first, so it lands near the same trade.
    expect(cosine(zhNeed!, trucking!)).toBeGreaterThan(cosine(zhNeed!, photos!) + 0.05);
  }, 60_000);

  it('frames a text by its side: the same words read as a need and as an offer differ', async () => {
    const text = 'drayage and FTL/LTL trucking';
    const [asNeed] = await encoder.encodeTexts([text], 'needs');
    const [asOffer] = await encoder.encodeTexts([text], 'offers');
    expect([...asNeed!]).not.toEqual([...asOffer!]);
    // Still the same subject: the frame shifts the meaning, it does not replace it.
    expect(cosine(asNeed!, asOffer!)).toBeGreaterThan(0.6);
  }, 60_000);

  it('encodes a profile as its needs then its offers', async () => {
    const [m] = await encoder.encode([{ needs: '', offers: 'drayage and FTL/LTL trucking' }]);
    const [offers] = await encoder.encodeTexts(['drayage and FTL/LTL trucking'], 'offers');
    expect(m).toHaveLength(2 * SENTENCE_DIMENSIONS);
    expect([...m!.subarray(0, SENTENCE_DIMENSIONS)].every((v) => v === 0)).toBe(true);
    expect([...m!.subarray(SENTENCE_DIMENSIONS)]).toEqual([...offers!]);
  }, 60_000);

  it('withSentenceMeanings gives profiles their meanings, keeps one already there, and nothing without an encoder', async () => {
    const kept = new Int8Array(2 * SENTENCE_DIMENSIONS).fill(3);
    const profiles = [
      { id: 'a', needs: ['a truck', 'a forklift'], offers: 'tea' },
      { id: 'b', needs: 'x', offers: 'y', meaning: kept },
    ];
    const [a, b] = await withSentenceMeanings(profiles, { encoder, cache: false });
    const [expected] = await encoder.encode([{ needs: 'a truck; a forklift', offers: 'tea' }]);
    expect([...a!.meaning!]).toEqual([...expected!]);
    expect(b!.meaning).toBe(kept);
    const bare = await withSentenceMeanings(profiles, { encoder: null });
    expect(bare[0]!.meaning).toBeUndefined();
  }, 60_000);
});
