import type { WordBridge } from '../bridge/word-bridge.js';
import type { WordVectors } from '../bridge/word-vectors.js';
import type { TextField } from '../text/analyze.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';

/** A member as the matcher sees it; text fields are free Chinese or English, one string or a list. */
export interface MatchProfile {
  readonly id: string;
  /** A language hint ("zh-CN", "en"); reasons are rendered in it. */
  readonly language?: string | null;
  readonly industry?: TextField;
  readonly region?: TextField;
  /** What the member is great at; counts as a (slightly weaker) offer. */
  readonly skills?: TextField;
  readonly offers?: TextField;
  readonly needs?: TextField;
  readonly lastActiveAt?: Date | string | number | null;
  /** Member ids this member never wants to be paired with. */
  readonly doNotPair?: readonly string[] | null;
  /** The member skips this round. */
  readonly snoozed?: boolean;
  /** Staff excluded the member from matching (e.g. in grace). */
  readonly excluded?: boolean;
  /** The member opted out of matching. */
  readonly optedOut?: boolean;
  /**
   * What the member's needs and offers mean as whole sentences (`SentenceEncoder.encode`: needs, then offers,
   * `2 × SENTENCE_DIMENSIONS` bytes), stored beside the profile; without it the member is matched on words alone.
   */
  readonly meaning?: Int8Array | null;
}

/** Knobs of the ranking; the defaults are what the quality test and the benchmark hold to. */
export interface MatchTuning {
  /** Weight of "their offers meet my needs" in a member's own ranking. */
  readonly forward: number;
  /** Weight of "my offers meet their needs". */
  readonly backward: number;
  /** Weight of the geometric mean of both: pairs where both sides gain rank first. */
  readonly mutual: number;
  readonly industryBonus: number;
  readonly sameCityBonus: number;
  readonly sameCountryBonus: number;
  readonly sameAreaBonus: number;
  readonly recencyBonus: number;
  /** Days after which the recency bonus has fallen to about a third. */
  readonly recencyDays: number;
  /** How much an offered concept's weight falls with how many members offer it (0: not at all, 1: by its idf). */
  readonly conceptSpecificity: number;
  /** Weight of a word the vocabulary does not know, relative to a concept. */
  readonly lexicalWeight: number;
  /** Weight of the two-way fit of what members' needs and offers mean (word vectors), beside concepts and words. */
  readonly vectorWeight: number;
  /** Cosine below which two members' meaning vectors say nothing (unrelated business texts still point a little alike). */
  readonly meaningFloor: number;
  /**
   * Weight of the two-way fit of the members' stored sentence meanings (`MatchProfile.meaning`): how near b's
   * offers are to a's needs plus the other way round, each above `sentenceFloor`.
   */
  readonly sentenceWeight: number;
  /** Cosine of sentence meanings below which they say nothing. */
  readonly sentenceFloor: number;
  /** How many of a member's best candidates by the other layers sentence meanings reorder (the rest stay behind). */
  readonly sentenceRerank: number;
  /** A need word reaches offered words near it in meaning (word vectors) at this share of their weight... */
  readonly nearWeight: number;
  /** Shared words count fully up to this many words on both sides together, then by the square root of their share. */
  readonly lexicalLength: number;
  /** English words among the this-many most frequent count for nothing as shared words... */
  readonly everydayRank: number;
  /** ...and fully from this rank on (in between, by the log of the rank). */
  readonly specificRank: number;
  /** ...when their cosine is at least this... */
  readonly nearThreshold: number;
  /** ...the nearest this many. */
  readonly nearPerTerm: number;
  /**
   * Most words compared for nearness on each side, the most written first (the work grows with the square: a
   * club writing more distinct words leaves its rarest to exact matching).
   */
  readonly nearVocabulary: number;
  /** A word written by this share of the club (either side) counts for nothing; less common words fade in. */
  readonly commonTermShare: number;
  /** ...but never below this many members, so tiny clubs keep their words. */
  readonly commonTermFloor: number;
  /** A place or sector beside a service in the same phrase counts this much of its weight. */
  readonly qualifierWeight: number;
  /** Skills count as offers at this weight. */
  readonly skillWeight: number;
  /** A member's industry says what their business sells: it counts as an offer at this weight. */
  readonly industryOfferWeight: number;
  /** Members read from one posting list per member, so very long lists cost no more than short ones. */
  readonly postingCap: number;
  readonly pairPostingCap: number;
  readonly termPostingCap: number;
  /**
   * Entries always read from the front of a list sorted by strength and recency; the rest is read in a
   * window that rotates per member. A small head keeps coverage high: a large one is read by everyone.
   */
  readonly postingHead: number;
  /** Related concepts followed per need or offer. */
  readonly expansionLimit: number;
  /** Candidates scored exactly per member, after a rough pass. */
  readonly shortlist: number;
  /** Suggestions below this score are not made. */
  readonly minScore: number;
}

export const DEFAULT_TUNING: MatchTuning = {
  forward: 0.15,
  backward: 0.1,
  mutual: 0.75,
  industryBonus: 0.05,
  sameCityBonus: 0.05,
  sameCountryBonus: 0.025,
  sameAreaBonus: 0.01,
  recencyBonus: 0.04,
  recencyDays: 30,
  conceptSpecificity: 0.5,
  lexicalWeight: 0.8,
  vectorWeight: 0.3,
  meaningFloor: 0.45,
  sentenceWeight: 1.2,
  sentenceFloor: 0,
  sentenceRerank: 30,
  nearWeight: 1,
  lexicalLength: 30,
  everydayRank: 300,
  specificRank: 5000,
  nearThreshold: 0.6,
  nearPerTerm: 2,
  nearVocabulary: 6000,
  commonTermShare: 0.06,
  commonTermFloor: 12,
  qualifierWeight: 0.25,
  skillWeight: 0.8,
  industryOfferWeight: 0.5,
  postingCap: 48,
  pairPostingCap: 32,
  termPostingCap: 24,
  postingHead: 4,
  expansionLimit: 8,
  shortlist: 40,
  minScore: 0.02,
};

/** Options of a matching run. */
export interface MatchOptions {
  /** Suggestions per member (default 5). */
  readonly top?: number;
  /** Introductions per member in a round, counting both sides of a pair (default 3). */
  readonly maxIntrosPerMember?: number;
  /** Pairs never to suggest (already introduced, declined...), as `pairKey(a, b)`. */
  readonly excludedPairs?: Iterable<string>;
  /** "Now" for the recency bonus; defaults to the latest activity in the input, so runs are repeatable. */
  readonly now?: Date | string | number;
  readonly vocabulary?: Vocabulary;
  /**
   * Chinese words to English ones for text no concept explains; defaults to the CC-CEDICT bridge (read once
   * per process), `null` to match on concepts and same-language words only.
   */
  readonly bridge?: WordBridge | null;
  /**
   * English words as meaning vectors; defaults to the GloVe table (read once per process), `null` to score
   * without them.
   */
  readonly vectors?: WordVectors | null;
  readonly tuning?: Partial<MatchTuning>;
}

/** The key of an unordered pair of member ids, for `excludedPairs`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
