import type { ModerationSettings, ModerationVerdict } from '../domain/moderation-rules.js';

/** One chat message as the classifier sees it; the author's recent messages feed the flooding rules. */
export interface ClassifiableMessage {
  readonly text: string;
  readonly isNewMember?: boolean;
  /** The author's own website domains, allowed when the club allows member websites. */
  readonly memberDomains?: readonly string[];
  readonly mentionCount?: number;
  /** Milliseconds since the epoch. */
  readonly at?: number;
  readonly history?: readonly { readonly text: string; readonly channelId?: string; readonly at: number }[];
}

/** A club's rules as the classifier needs them. */
export interface ClassifierClub {
  readonly settings: ModerationSettings;
  readonly excludedKeywords: readonly string[];
}

/** Judges one chat message under a club's moderation rules (implemented by `@snowball/moderation`). */
export interface TextClassifier {
  classify(club: ClassifierClub, message: ClassifiableMessage): ModerationVerdict;
}

/**
 * Finds which of a club's excluded keywords a text contains however it is written (inflections, compounds,
 * Chinese variants, full-width and spaced letters); implemented by `@snowball/moderation`.
 */
export interface KeywordMatcher {
  /** The keywords found, as the club wrote them, without repeats. */
  matchExcluded(text: string, keywords: readonly string[]): readonly string[];
}
