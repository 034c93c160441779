export {
  type AutomodCliProblem,
  type AutomodCliResult,
  runAutomodCli,
} from './cli/run-automod-cli.js';
export { type FoundContacts, findContacts } from './engine/find-contacts.js';
export { type FoundExcluded, findExcluded } from './engine/find-excluded.js';
export type { RecentMessage } from './engine/find-flooding.js';
export { type FoundLink, findLinks, hostIn } from './engine/find-links.js';
export {
  createModerationEngine,
  MAX_EXAMINED_LENGTH,
  type MessageToCheck,
  type ModerationClub,
  type ModerationEngine,
} from './engine/moderation-engine.js';
export { createTextClassifier } from './engine/text-classifier.js';
export { FINANCE_TAILS, LEGITIMATE_COMPOUNDS } from './excluded/legitimate-compounds.js';
export {
  compileExcludedKeywords,
  type ExcludedKeywordMatcher,
  maskCompounds,
  matchExcludedKeywords,
  unleet,
} from './excluded/match-excluded-keywords.js';
export { CHINESE_DIGITS, numeralsAsDigits } from './normalize/digit-forms.js';
export { foldText, type NormalizedText, normalizeText } from './normalize/normalize-text.js';
