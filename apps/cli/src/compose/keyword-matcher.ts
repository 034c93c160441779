import type { KeywordMatcher } from '@snowball/core';
import { matchExcludedKeywords } from '@snowball/moderation';

/** Applications are flagged with the same normalisation as automatic moderation (spellings, variants, disguises). */
export const keywordMatcher: KeywordMatcher = { matchExcluded: matchExcludedKeywords };
