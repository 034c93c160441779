import { analyzeField, defaultVocabulary, type Vocabulary } from '@snowball/matching';
import { wordCandidates } from './directory-index.js';

/**
 * The search index of a piece of club knowledge (an FAQ entry, a library entry): the bilingual concept ids and
 * the leftover words of its text (`c:<concept>`, `t:<word>`; Chinese segmented, English stemmed), and the text
 * NFKC-normalised and lowercased for substring (trigram) search. Kept beside the row, so a search reads
 * candidates from a GIN index instead of scoring every entry.
 */
export interface KnowledgeIndex {
  readonly keys: readonly string[];
  readonly text: string;
}

const lower = (text: string) => text.normalize('NFKC').toLowerCase();

/** The index of the given texts (question and answer; title, tags and message). */
export function knowledgeIndex(texts: readonly string[], vocabulary: Vocabulary = defaultVocabulary()): KnowledgeIndex {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const phrase of analyzeField(text, vocabulary)) {
      for (const c of phrase.concepts) keys.add(`c:${vocabulary.concepts[c]!.id}`);
      for (const t of phrase.terms) keys.add(`t:${t}`);
    }
  }
  return { keys: [...keys].sort(), text: texts.map(lower).join('\n') };
}

/** The index of a library entry: its title, tags and the message text. */
export function libraryIndex(entry: {
  readonly title: string;
  readonly tags: readonly string[];
  readonly body: string;
}): KnowledgeIndex {
  return knowledgeIndex([entry.title, entry.tags.join(' '), entry.body]);
}

/**
 * What a search for `words` looks for: any of `keys` (its concepts, concepts related to them, its words), ranked
 * by how many an entry shares; `text` is the lowercased query, matched as a substring when it has no keys (a
 * name, a number, a word the analyzer drops).
 */
export interface KnowledgeQuery {
  readonly keys: readonly string[];
  readonly text: string | null;
}

export function knowledgeQuery(words: string, vocabulary: Vocabulary = defaultVocabulary()): KnowledgeQuery {
  const candidates = wordCandidates(words, vocabulary);
  const keys = [...new Set(candidates.groups.flatMap((g) => g.keys))].sort();
  const raw = lower(words).trim();
  return { keys, text: keys.length === 0 && raw.length > 0 ? raw : null };
}

/** How close an entry is to a query: the number of keys they share (the text match counts one). 0: no match. */
export function knowledgeScore(index: KnowledgeIndex, query: KnowledgeQuery): number {
  const has = new Set(index.keys);
  const shared = query.keys.filter((k) => has.has(k)).length;
  return shared + (query.text !== null && index.text.includes(query.text) ? 1 : 0);
}
