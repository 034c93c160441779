import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyModerationPreset, DEFAULT_MODERATION_SETTINGS, type ModerationPreset } from '@snowball/core';
import type { MessageToCheck, ModerationClub } from '../engine/moderation-engine.js';

/** One labelled message: `flag` when the club's rules say it must not simply stay up, with the rule it breaks. */
export interface CorpusMessage extends MessageToCheck {
  readonly id: string;
  readonly label: 'flag' | 'ok';
  readonly category: string;
}

const dir = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** The labelled corpus (every `*.jsonl` in `packages/moderation/corpus`). */
export function loadCorpus(): CorpusMessage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(dir + f, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as CorpusMessage),
    );
}

/** The club the corpus is labelled for (`corpus/club.json`). */
export function corpusClub(): ModerationClub {
  const club = JSON.parse(readFileSync(`${dir}club.json`, 'utf8')) as {
    preset: ModerationPreset;
    allowedDomains: string[];
    excludedKeywords: string[];
  };
  const settings = applyModerationPreset(DEFAULT_MODERATION_SETTINGS, club.preset);
  return { settings: { ...settings, allowedDomains: club.allowedDomains }, excludedKeywords: club.excludedKeywords };
}
