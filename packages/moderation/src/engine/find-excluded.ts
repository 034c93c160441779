import { maskCompounds } from '../excluded/match-excluded-keywords.js';
import type { NormalizedText } from '../normalize/normalize-text.js';
import {
  DISCUSSION_EN,
  DISCUSSION_ZH,
  PROMO_STRONG_EN,
  PROMO_STRONG_ZH,
  PROMO_WEAK_EN,
  PROMO_WEAK_ZH,
  TOPICS_EN,
  TOPICS_ZH,
} from './vocabulary.js';
import { firstMatch, phrases } from './word-list.js';

/** Excluded topics, promises of easy money and words of warning or policy found in one message. */
export interface FoundExcluded {
  readonly topic: string | undefined;
  readonly strongPromo: string | undefined;
  readonly weakPromo: string | undefined;
  /** Warning, policy or refusal words: the message is likely about the topic, not selling it. */
  readonly discussion: string | undefined;
}

const TOPIC = phrases([...TOPICS_ZH, ...TOPICS_EN]);
const STRONG = phrases([...PROMO_STRONG_ZH, ...PROMO_STRONG_EN]);
const WEAK = phrases([...PROMO_WEAK_ZH, ...PROMO_WEAK_EN]);
const DISCUSSION = phrases([...DISCUSSION_ZH, ...DISCUSSION_EN]);
// Recruiting for a head-count reward however it is phrased: 拉人头, 拉一个人头, 拉三个人头.
const HEAD_COUNT = /拉.{0,3}人头/;
// A rate of return per day or month: "日收益5%", "每月 8%", "3% daily", "20% a month".
const RATE =
  /(?:每天|每日|日|每周|周|每月|月)(?:收益|回报|利息|返|赚)?\s?\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?%\s?(?:daily|per day|a day|weekly|per week|a week|monthly|per month|a month|每天|每日|每月)/;

/** Finds excluded topics (built-in and the club's own keywords, via `clubTopic`) and promotion words. */
export function findExcluded(
  text: NormalizedText,
  clubTopic: (text: NormalizedText) => string | undefined,
): FoundExcluded {
  const masked = maskCompounds(text.tight);
  return {
    topic: firstMatch(TOPIC, masked) ?? clubTopic(text),
    strongPromo: firstMatch(STRONG, masked) ?? RATE.exec(text.folded)?.[0] ?? HEAD_COUNT.exec(masked)?.[0],
    weakPromo: firstMatch(WEAK, masked),
    discussion: firstMatch(DISCUSSION, masked),
  };
}
