import type { MatchProfile } from '../engine/match-profile.js';
import { iterateSuggestions } from '../engine/suggest-matches.js';
import { renderReason } from '../reason/render-reason.js';
import type { SentenceEncoder } from '../sentence/sentence-encoder.js';
import { withSentenceMeanings } from '../sentence/with-meanings.js';
import { localeOf } from '../text/normalize.js';

/** Options of `snowball match`. */
export interface MatchCliOptions {
  /** Suggestions per member (default 5). */
  readonly top?: number;
  /** "Now" for the recency bonus (default: the latest `lastActiveAt` in the file). */
  readonly now?: Date | string | number;
  /**
   * Encodes the members' sentence meanings as the worker stores them for a club (default: the shared encoder,
   * ~40 ms per new profile, texts kept in the temporary folder); `null` to match on words alone.
   */
  readonly sentences?: SentenceEncoder | null;
}

/** A line that could not be used, for the caller to report on stderr. */
export interface MatchCliProblem {
  readonly line: number;
  readonly error: string;
}

export interface MatchCliSummary {
  readonly members: number;
  readonly problems: readonly MatchCliProblem[];
}

const TEXT_FIELDS = ['industry', 'region', 'skills', 'offers', 'needs'] as const;

function textField(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** One JSON line as a profile; throws with a short message when it cannot be one. */
function parseProfile(line: string): MatchProfile {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const raw = value as Record<string, unknown>;
  const id = typeof raw.id === 'number' ? String(raw.id) : raw.id;
  if (typeof id !== 'string' || id.trim() === '') throw new Error('"id" is missing');
  const profile: Writable<MatchProfile> = { id };
  if (typeof raw.language === 'string') profile.language = raw.language;
  for (const field of TEXT_FIELDS) {
    const text = textField(raw[field]);
    if (text !== undefined) profile[field] = text;
  }
  if (typeof raw.lastActiveAt === 'string' || typeof raw.lastActiveAt === 'number') {
    profile.lastActiveAt = raw.lastActiveAt;
  }
  if (Array.isArray(raw.doNotPair)) profile.doNotPair = raw.doNotPair.filter((v) => typeof v === 'string');
  for (const flag of ['snoozed', 'excluded', 'optedOut'] as const) if (raw[flag] === true) profile[flag] = true;
  return profile;
}

/**
 * The `snowball match` command without its I/O: reads JSON-lines profiles
 * (`{"id","language","industry","region","skills","offers","needs"}`, strings or string arrays) and writes
 * `{"id","suggestions":[{"id","score","reason"}]}` per member, in id order, with the reason rendered in the
 * member's language. Unusable lines are skipped and returned as problems.
 */
export async function runMatchCli(
  lines: AsyncIterable<string>,
  write: (line: string) => void,
  options: MatchCliOptions = {},
): Promise<MatchCliSummary> {
  const profiles: MatchProfile[] = [];
  const problems: MatchCliProblem[] = [];
  const seen = new Set<string>();
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    try {
      const profile = parseProfile(line);
      if (seen.has(profile.id)) throw new Error(`duplicate id ${profile.id}`);
      seen.add(profile.id);
      profiles.push(profile);
    } catch (error) {
      problems.push({ line: number, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const language = new Map(profiles.map((p) => [p.id, localeOf(p.language)]));
  const top = options.top ?? 5;
  const meant =
    options.sentences === undefined
      ? await withSentenceMeanings(profiles)
      : await withSentenceMeanings(profiles, { encoder: options.sentences });
  for (const member of iterateSuggestions(meant, {
    top,
    ...(options.now !== undefined ? { now: options.now } : {}),
  })) {
    const locale = language.get(member.id) ?? 'en';
    write(
      JSON.stringify({
        id: member.id,
        suggestions: member.suggestions.map((s) => ({
          id: s.id,
          score: s.score,
          reason: renderReason(s.reason, locale),
        })),
      }),
    );
  }
  return { members: profiles.length, problems };
}
