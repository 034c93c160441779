import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Profiles per read, encoding call and save: ~2.5 s of CPU, one statement to store them. */
const CHUNK = 64;
/** Profiles a run encodes unless told otherwise: ~40 ms each, so one run stays within ~3–4 minutes. */
export const MEANINGS_PER_RUN = 5_000;

export interface EncodeProfileMeaningsResult {
  /** Profiles given to the encoder. */
  readonly encoded: number;
  /** Meanings stored (a profile edited while being encoded keeps none, and is encoded on a later run). */
  readonly saved: number;
  /** Whether profiles without a meaning were left for another run (the budget ran out). */
  readonly remaining: boolean;
}

/**
 * Stores the sentence meaning (`Ports.sentences`) of the club's profiles that have none of the encoder's version
 * (never encoded, needs or offers edited since, or made by an older version), a chunk at a time by member id,
 * up to `maxProfiles` (default `MEANINGS_PER_RUN`). The encoder reads the needs and offers exactly as a matching
 * round gives them to the engine; the round then only reads what is stored. A background step: never on an
 * interactive path. Without an encoder it does nothing.
 */
export async function encodeProfileMeanings(
  deps: Uow<'communities' | 'profiles'> & Pick<Ports, 'sentences'>,
  input: { readonly communityId: string; readonly maxProfiles?: number },
): Promise<EncodeProfileMeaningsResult> {
  const encoder = deps.sentences;
  const community = await deps.uow.run((repos) => loadCommunity(repos, input.communityId));
  if (!encoder) return { encoded: 0, saved: 0, remaining: false };
  const budget = Math.max(1, Math.floor(input.maxProfiles ?? MEANINGS_PER_RUN));
  let after: string | null = null;
  let encoded = 0;
  let saved = 0;
  for (;;) {
    const limit = Math.min(CHUNK, budget - encoded);
    if (limit <= 0) {
      const left = await deps.uow.run((repos) =>
        repos.profiles.listWithoutMeaning(community.id, encoder.version, { after, limit: 1 }),
      );
      return { encoded, saved, remaining: left.length > 0 };
    }
    const chunk = await deps.uow.run((repos) =>
      repos.profiles.listWithoutMeaning(community.id, encoder.version, { after, limit }),
    );
    if (chunk.length === 0) return { encoded, saved, remaining: false };
    // Encoding runs outside any transaction: it is seconds of CPU on text already read.
    const meanings = await encoder.encode(chunk.map((p) => ({ needs: p.needs, offers: p.offers })));
    if (meanings.length !== chunk.length) {
      throw new Error(`sentence encoder returned ${meanings.length} meanings for ${chunk.length} profiles`);
    }
    const rows = chunk.map((p, i) => ({ ...p, meaning: meanings[i] as Int8Array }));
    saved += await deps.uow.run((repos) => repos.profiles.saveMeanings(community.id, encoder.version, rows));
    encoded += chunk.length;
    after = chunk[chunk.length - 1]?.memberId ?? null;
    if (chunk.length < limit) return { encoded, saved, remaining: false };
  }
}
