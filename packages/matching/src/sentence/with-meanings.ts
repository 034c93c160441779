import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MatchProfile } from '../engine/match-profile.js';
import type { TextField } from '../text/analyze.js';
import { SENTENCE_DIMENSIONS } from './sentence-dimensions.js';
import { type SentenceEncoder, type SentenceSide, sentenceEncoder } from './sentence-encoder.js';

/** A profile field as the sentence encoder reads it: a list is one text, its items joined by "; ". */
export function sentenceText(field: TextField | undefined | null): string {
  if (field === undefined || field === null) return '';
  return (typeof field === 'string' ? field : field.join('; ')).trim();
}

/**
 * The profiles with their sentence meanings (`MatchProfile.meaning`), for runs outside the club's database — the
 * `snowball match` command and the evaluations. A profile that already has one keeps it. Each distinct text is
 * encoded once per side; with `cache` on, encoded texts are also kept in the system's temporary folder (by hash of the
 * encoder version and the text), so a second run over the same profiles costs little. Without the model
 * installed (or with `encoder: null`) the profiles come back as they were.
 */
export async function withSentenceMeanings(
  profiles: readonly MatchProfile[],
  options: { readonly encoder?: SentenceEncoder | null; readonly cache?: boolean } = {},
): Promise<MatchProfile[]> {
  const encoder = options.encoder === undefined ? await sentenceEncoder() : options.encoder;
  if (!encoder) return [...profiles];
  const cache = options.cache === false ? null : readCache(encoder.version);
  const key = (side: SentenceSide, text: string) =>
    createHash('sha1')
      .update(encoder.version)
      .update('\u0000')
      .update(side)
      .update('\u0000')
      .update(text)
      .digest('base64');
  const sides = ['needs', 'offers'] as const;
  // Per side, each distinct text's half (a text is framed by its side before it is encoded).
  const halves = { needs: new Map<string, Int8Array>(), offers: new Map<string, Int8Array>() };
  let anyEncoded = false;
  for (const side of sides) {
    const missing = new Set<string>();
    for (const p of profiles) {
      if (p.meaning) continue;
      const text = sentenceText(p[side]);
      if (halves[side].has(text) || missing.has(text)) continue;
      const saved = cache?.get(key(side, text));
      if (saved) halves[side].set(text, saved);
      else missing.add(text);
    }
    if (missing.size === 0) continue;
    const texts = [...missing];
    const encoded = await encoder.encodeTexts(texts, side);
    texts.forEach((text, i) => {
      halves[side].set(text, encoded[i]!);
      cache?.set(key(side, text), encoded[i]!);
    });
    anyEncoded = true;
  }
  // One write of the cache file for both sides.
  if (cache && anyEncoded) writeCache(encoder.version, cache);
  return profiles.map((p) => {
    if (p.meaning) return p;
    const meaning = new Int8Array(2 * SENTENCE_DIMENSIONS);
    meaning.set(halves.needs.get(sentenceText(p.needs))!, 0);
    meaning.set(halves.offers.get(sentenceText(p.offers))!, SENTENCE_DIMENSIONS);
    return { ...p, meaning };
  });
}

const cacheFile = (version: string) => join(tmpdir(), `snowball-sentences-${version}.json`);

function readCache(version: string): Map<string, Int8Array> {
  const map = new Map<string, Int8Array>();
  const file = cacheFile(version);
  if (!existsSync(file)) return map;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [k, v] of Object.entries(saved)) {
      const bytes = Buffer.from(v, 'base64');
      if (bytes.length === SENTENCE_DIMENSIONS) map.set(k, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    }
  } catch {
    // A damaged cache: start again.
  }
  return map;
}

function writeCache(version: string, map: ReadonlyMap<string, Int8Array>): void {
  const file = cacheFile(version);
  try {
    const out: Record<string, string> = {};
    for (const [k, v] of map) out[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(out));
    renameSync(partial, file);
  } catch {
    // Not saved: the next run encodes again.
  }
}
