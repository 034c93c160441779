import { bridgeHanRun, type WordBridge } from '../bridge/word-bridge.js';
import { findMatches } from '../vocabulary/trie.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { displayPhrase } from './display.js';
import { CHINESE_STOP_BIGRAMS, CHINESE_STOP_CHARS, ENGLISH_STOPWORDS } from './stopwords.js';
import { HAN_UNIT, toPhrases } from './units.js';

/** A free-text profile field: one string, or a list of items. */
export type TextField = string | readonly string[] | null | undefined;

/** What one phrase of a member's text means to the matcher. */
export interface PhraseAnalysis {
  /** The phrase as we would quote it back ("跨境物流", "Southeast Asia freight forwarding"). */
  readonly text: string;
  /** Indices of the vocabulary concepts it names. */
  readonly concepts: readonly number[];
  /** Words the vocabulary does not know: Chinese character bigrams and stemmed English words. */
  readonly terms: readonly string[];
  /** It mentions something the club refuses, so it is ignored. */
  readonly blocked: boolean;
}

/** The items of a field as separate texts. */
export function fieldItems(field: TextField): string[] {
  if (field === null || field === undefined) return [];
  if (typeof field === 'string') return [field];
  return field.filter((item): item is string => typeof item === 'string');
}

/**
 * Splits a field into phrases and finds the concepts and leftover terms in each. With a bridge (matching),
 * the terms also hold the English words each Chinese word means (三文鱼 → salmon), so Chinese meets
 * English beyond the concepts, and English words stay terms even where a concept explains them; without
 * one (search), terms are only the words no concept explains.
 */
export function analyzeField(
  field: TextField,
  vocabulary: Vocabulary,
  bridge: WordBridge | null = null,
): PhraseAnalysis[] {
  const result: PhraseAnalysis[] = [];
  for (const item of fieldItems(field)) {
    for (const phrase of toPhrases(item)) {
      const matches = findMatches(vocabulary.trie, phrase.units, phrase.wordStarts);
      const concepts: number[] = [];
      let blocked = false;
      const covered = new Uint8Array(phrase.units.length);
      for (const m of matches) {
        for (let k = m.start; k < m.end; k++) covered[k] = 1;
        for (const id of m.ids) {
          if (vocabulary.blocked[id]) blocked = true;
          else if (!concepts.includes(id)) concepts.push(id);
        }
      }
      if (blocked) {
        result.push({ text: displayPhrase(phrase.text), concepts: [], terms: [], blocked: true });
        continue;
      }
      result.push({
        text: displayPhrase(phrase.text),
        concepts,
        terms: leftoverTerms(phrase.units, phrase.kinds, phrase.wordStarts, covered, bridge),
        blocked: false,
      });
    }
  }
  return result;
}

/**
 * Units no concept explains still count: bigrams of uncovered Chinese text, uncovered English words.
 * A bigram stays inside a word Intl.Segmenter knows ("合作|伙伴" gives no "作伙"), but runs of single
 * characters (words the segmenter does not know, like 仓|储) are joined pairwise.
 */
function leftoverTerms(
  units: readonly string[],
  kinds: readonly number[],
  wordStarts: readonly boolean[],
  covered: Uint8Array,
  bridge: WordBridge | null,
): string[] {
  const terms = new Set<string>();
  const n = units.length;
  if (bridge) {
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2)
        for (const word of bridgeHanRun(run, bridge)) if (!ENGLISH_STOPWORDS.has(word)) terms.add(word);
      run = [];
    };
    for (let i = 0; i < n; i++) {
      if (kinds[i] === HAN_UNIT) run.push(units[i]!);
      else flush();
    }
    flush();
  }
  const singleChar = (i: number) => wordStarts[i] === true && (i + 1 >= n || wordStarts[i + 1] === true);
  for (let i = 0; i < n; i++) {
    // With a bridge (matching), English words a concept explains still count as words, as bridged Chinese does.
    if (covered[i] && (bridge === null || kinds[i] === HAN_UNIT)) continue;
    const unit = units[i]!;
    if (kinds[i] === HAN_UNIT) {
      const next = units[i + 1];
      if (next === undefined || covered[i + 1] || kinds[i + 1] !== HAN_UNIT) continue;
      if (wordStarts[i + 1] && !(singleChar(i) && singleChar(i + 1))) continue;
      if (CHINESE_STOP_CHARS.has(unit) || CHINESE_STOP_CHARS.has(next)) continue;
      const bigram = unit + next;
      if (!CHINESE_STOP_BIGRAMS.has(bigram)) terms.add(bigram);
    } else if (unit.length >= 2 && !/^\d+$/.test(unit) && !ENGLISH_STOPWORDS.has(unit)) {
      terms.add(unit);
    }
  }
  return [...terms];
}

/** Regions named in a field (indices into the vocabulary's regions), or the plain text when none is known. */
export function analyzeRegion(field: TextField, vocabulary: Vocabulary): { ids: number[]; unknown: string[] } {
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const item of fieldItems(field)) {
    for (const phrase of toPhrases(item)) {
      const matches = findMatches(vocabulary.regionTrie, phrase.units, null);
      if (matches.length === 0) {
        if (phrase.units.length > 0) unknown.push(phrase.units.join(' '));
        continue;
      }
      for (const m of matches) {
        for (const id of m.ids) if (!ids.includes(id)) ids.push(id);
      }
    }
  }
  return { ids, unknown };
}
