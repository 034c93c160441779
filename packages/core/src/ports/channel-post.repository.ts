import type { Platform } from '../domain/member.js';
import type { Question } from '../domain/question.js';

/**
 * One message the bot keeps in a club channel per `key` and platform: a question's staff card (`question:<id>`), a
 * week's digest (`digest:<week>`). The row is claimed before posting, so however often a job runs or is retried,
 * at most one message is posted per key, and the posted message is edited in place afterwards.
 */
export interface ChannelPost {
  readonly communityId: string;
  readonly key: string;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly channelId: string;
  /** Null between the claim and the platform's answer (or after a crash in between). */
  readonly messageId: string | null;
  /** What the posted message shows (e.g. a question card's `questionCardState`). */
  readonly state: string;
  readonly claimedAt: Date;
  readonly postedAt: Date | null;
}

/** A question whose staff card must be posted or brought up to date, with the state the card should show. */
export interface QuestionCardDue {
  readonly question: Question;
  /** The card as posted; null when there is none yet (or an unfinished claim to take over). */
  readonly post: ChannelPost | null;
}

/** The bot's own channel messages (staff cards, digests): claims, where they were posted, what they show. */
export interface ChannelPostRepository {
  /** Inserts the claim unless the key is taken on this platform; true when this call claimed it. */
  claim(post: Omit<ChannelPost, 'messageId' | 'postedAt'>): Promise<boolean>;
  /**
   * Takes over a claim that never got its message id and was claimed before `staleBefore` (the poster died between
   * posting and recording); true when this call took it, with `claimedAt` set to `at`.
   */
  reclaimStale(communityId: string, key: string, platform: Platform, staleBefore: Date, at: Date): Promise<boolean>;
  get(communityId: string, key: string, platform: Platform): Promise<ChannelPost | null>;
  /** Records where the message went and what it shows. */
  recordPosted(
    communityId: string,
    key: string,
    platform: Platform,
    posted: { readonly channelId: string; readonly messageId: string; readonly state: string },
    at: Date,
  ): Promise<void>;
  /** Sets what the message shows, only if it showed `from`; true when this call changed it. */
  swapState(communityId: string, key: string, platform: Platform, from: string, to: string): Promise<boolean>;
  /** Drops an unposted claim (the post failed before the platform took it), so a retry can claim it again. */
  release(communityId: string, key: string, platform: Platform): Promise<void>;
  /**
   * Questions whose staff card on `platform` is due, oldest first, at most `limit`: waiting questions asked at or
   * after `newSince` without a card (or with a claim left unposted since before `staleBefore`), and questions
   * whose posted card shows another state than `questionCardState` of the question now; only questions asked at or
   * after `activeSince` (older cards are left as they are).
   */
  questionCardsDue(
    communityId: string,
    platform: Platform,
    window: { readonly newSince: Date; readonly activeSince: Date; readonly staleBefore: Date },
    limit: number,
  ): Promise<QuestionCardDue[]>;
  /**
   * Posted staff cards on `platform`, claimed at or after `activeSince`, whose question is gone (withdrawn, or erased
   * with its asker's data) and that do not show `removedState` yet: their text must come down.
   */
  orphanQuestionCards(
    communityId: string,
    platform: Platform,
    activeSince: Date,
    removedState: string,
    limit: number,
  ): Promise<ChannelPost[]>;
}
