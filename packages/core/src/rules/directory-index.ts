import { analyzeField, analyzeRegion, defaultVocabulary, type Vocabulary } from '@snowball/matching';
import type { Profile } from '../domain/profile.js';

/**
 * The directory's search index, kept per profile so `/find` reads candidates from the database instead of
 * scoring every profile: the bilingual concept ids, leftover words and places of the profile's text as
 * keys (`c:<concept>`, `t:<word>`, `r:<place>`, `ri:<place it lies in>`), and its text lowercased for
 * substring (trigram) search. Raise the version when the keys change: profiles of an older version are
 * re-indexed (`reindexDirectory`).
 */
export const DIRECTORY_INDEX_VERSION = 1;

export interface DirectoryIndex {
  readonly keys: readonly string[];
  /** The profile's searchable text, NFKC-normalised and lowercased, fields separated by newlines. */
  readonly text: string;
  readonly version: number;
}

/** One part of a search: a profile matches it when its index has one of `keys`. */
export interface DirectoryKeyGroup {
  readonly keys: readonly string[];
}

/** The member's own words the directory searches too (a name or handle may hold a word or a concept). */
export interface DirectoryName {
  readonly displayName: string;
  readonly handle: string;
}

/** Candidates for a search: every group must match, and every one of `texts` must be found. */
export interface DirectoryCandidateQuery {
  readonly groups: readonly DirectoryKeyGroup[];
  /** Lowercased substrings of the indexed text (profile fields, name and handle), for words the analyzer drops. */
  readonly texts: readonly string[];
}

/** Both parts must match. */
export function bothCandidates(a: DirectoryCandidateQuery, b: DirectoryCandidateQuery): DirectoryCandidateQuery {
  return { groups: [...a.groups, ...b.groups], texts: [...a.texts, ...b.texts] };
}

const lower = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The index of a profile and its member's name and handle (what the repositories store beside the profile;
 * they compute it again when the profile or the name changes).
 */
export function directoryIndex(
  profile: Pick<Profile, 'company' | 'role' | 'industry' | 'region' | 'skills' | 'offers' | 'needs'>,
  name: DirectoryName | null,
  vocabulary: Vocabulary = defaultVocabulary(),
): DirectoryIndex {
  const keys = new Set<string>();
  const fields = [profile.company, profile.industry, profile.skills, profile.offers, profile.role, profile.needs];
  for (const field of [...fields, profile.region, name?.displayName ?? '', name?.handle ?? '']) {
    for (const phrase of analyzeField(field, vocabulary)) {
      for (const c of phrase.concepts) keys.add(`c:${vocabulary.concepts[c]!.id}`);
      for (const t of phrase.terms) keys.add(`t:${t}`);
    }
  }
  for (const r of analyzeRegion(profile.region, vocabulary).ids) {
    keys.add(`r:${vocabulary.regions[r]!.id}`);
    for (const up of vocabulary.regionChain[r] ?? []) if (up !== r) keys.add(`ri:${vocabulary.regions[up]!.id}`);
  }
  return { keys: [...keys].sort(), text: directoryText(profile, name), version: DIRECTORY_INDEX_VERSION };
}

/** The text part of the index: the fields, name and handle, NFKC-normalised and lowercased, one per line. */
export function directoryText(
  p: Pick<Profile, 'company' | 'role' | 'industry' | 'region' | 'skills' | 'offers' | 'needs'>,
  name: DirectoryName | null,
): string {
  return [
    p.company,
    p.industry,
    p.skills,
    p.offers,
    p.role,
    p.needs,
    p.region,
    name?.displayName ?? '',
    name?.handle ?? '',
  ]
    .map(lower)
    .join('\n');
}

/**
 * The candidate query for words (matched like `textQuery`: every concept, directly or through a related one,
 * and every leftover word) — a superset of what `textQuery(...).score` accepts on the same fields. Empty groups
 * when the text has nothing to search for.
 */
export function wordCandidates(query: string, vocabulary: Vocabulary = defaultVocabulary()): DirectoryCandidateQuery {
  const phrases = analyzeField(query, vocabulary).filter((p) => !p.blocked);
  const concepts = [...new Set(phrases.flatMap((p) => p.concepts))];
  const words = [...new Set(phrases.flatMap((p) => p.terms))];
  const size = vocabulary.size;
  const groups: DirectoryKeyGroup[] = [];
  for (const c of concepts) {
    const keys = [`c:${vocabulary.concepts[c]!.id}`];
    for (let d = 0; d < size; d++) {
      if (d === c) continue;
      if (vocabulary.relation[c * size + d]! > 0 || vocabulary.relation[d * size + c]! > 0) {
        keys.push(`c:${vocabulary.concepts[d]!.id}`);
      }
    }
    groups.push({ keys });
  }
  for (const w of words) groups.push({ keys: [`t:${w}`] });
  const raw = lower(query).trim();
  return { groups, texts: groups.length === 0 && raw.length > 0 ? [raw] : [] };
}

/** The candidate query for a place: the same place, a place inside it, or a place it lies in. */
export function regionCandidates(query: string, vocabulary: Vocabulary = defaultVocabulary()): DirectoryCandidateQuery {
  const { ids } = analyzeRegion(query, vocabulary);
  if (ids.length === 0) {
    const raw = lower(query).trim();
    return { groups: [], texts: raw ? [raw] : [] };
  }
  const keys = new Set<string>();
  for (const q of ids) {
    const id = vocabulary.regions[q]!.id;
    keys.add(`r:${id}`);
    keys.add(`ri:${id}`);
    for (const up of vocabulary.regionChain[q] ?? []) keys.add(`r:${vocabulary.regions[up]!.id}`);
  }
  return { groups: [{ keys: [...keys].sort() }], texts: [] };
}

/** True when a profile with this index is a candidate for the query (the in-memory twin of the SQL). */
export function matchesCandidateQuery(
  index: Pick<DirectoryIndex, 'keys' | 'text'>,
  query: DirectoryCandidateQuery,
): boolean {
  const has = new Set(index.keys);
  return query.groups.every((g) => g.keys.some((k) => has.has(k))) && query.texts.every((t) => index.text.includes(t));
}
