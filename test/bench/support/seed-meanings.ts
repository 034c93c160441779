import type { PostgresHandle } from '../../../packages/db/src/index.js';
import {
  SENTENCE_DIMENSIONS,
  SENTENCE_ENCODER_VERSION,
  sentenceEncoder,
  sentenceText,
} from '../../../packages/matching/src/index.js';

/**
 * Gives every seeded profile of a club its stored sentence meaning, as the worker's encode job would have: the
 * seed draws needs and offers from small pools, so each distinct text is encoded once per side with the real encoder (a few
 * seconds), then one UPDATE joins the profiles to their texts' halves. Returns how many profiles got one; 0 when
 * the encoder is not installed.
 */
export async function seedSentenceMeanings(pg: PostgresHandle, communityId: string): Promise<number> {
  const encoder = await sentenceEncoder();
  if (!encoder) return 0;
  // A plain table (the pool's connections do not share temporary ones) in the scratch database, dropped after.
  await pg.client`create unlogged table bench_halves (side text, text text, half bytea not null, primary key (side, text))`;
  for (const side of ['needs', 'offers'] as const) {
    const rows = await pg.client<{ text: string }[]>`
      select distinct ${pg.client(side)} as text from profiles where community_id = ${communityId}`;
    const texts = rows.map((r) => r.text);
    const halves = await encoder.encodeTexts(
      texts.map((t) => sentenceText(t)),
      side,
    );
    for (let from = 0; from < texts.length; from += 500) {
      const part = texts.slice(from, from + 500);
      await pg.client`insert into bench_halves ${pg.client(
        part.map((text, i) => ({
          side,
          text,
          half: Buffer.from(halves[from + i]!.buffer, halves[from + i]!.byteOffset, SENTENCE_DIMENSIONS),
        })),
      )}`;
    }
  }
  const updated = await pg.client`
    update profiles p set meaning = n.half || o.half, meaning_version = ${encoder.version}
    from bench_halves n, bench_halves o
    where p.community_id = ${communityId} and n.side = 'needs' and n.text = p.needs
      and o.side = 'offers' and o.text = p.offers`;
  await pg.client`drop table bench_halves`;
  if (encoder.version !== SENTENCE_ENCODER_VERSION) throw new Error('encoder version mismatch');
  return updated.count;
}
