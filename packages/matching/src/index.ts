export { cedictBridge } from './bridge/cedict-bridge.js';
export { buildWordBridge, type WordBridge } from './bridge/word-bridge.js';
export * from './cli/run-match-cli.js';
export * from './engine/compile-club.js';
export * from './engine/find-trios.js';
export * from './engine/match-profile.js';
export * from './engine/run-match-round.js';
export * from './engine/suggest-matches.js';
export * from './reason/match-reason.js';
export * from './reason/render-reason.js';
export * from './search/region-query.js';
export * from './search/text-query.js';
export { glossText } from './sentence/gloss-text.js';
export {
  SENTENCE_DIMENSIONS,
  SENTENCE_ENCODER_VERSION,
  type SentenceEncoder,
  type SentenceSide,
  sentenceEncoder,
} from './sentence/sentence-encoder.js';
export { sentenceText, withSentenceMeanings } from './sentence/with-meanings.js';
export { analyzeField, analyzeRegion, type PhraseAnalysis, type TextField } from './text/analyze.js';
export { localeOf } from './text/normalize.js';
export type { ConceptDefinition, ConceptGroup } from './vocabulary/concept.js';
export { CONCEPT_GROUPS } from './vocabulary/concept.js';
export type { RegionDefinition } from './vocabulary/regions.js';
export { REGIONS } from './vocabulary/regions.js';
export {
  CONCEPTS,
  compileVocabulary,
  conceptLabel,
  defaultVocabulary,
  type Vocabulary,
  validateVocabulary,
} from './vocabulary/vocabulary.js';
