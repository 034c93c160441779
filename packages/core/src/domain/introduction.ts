export type IntroAnswer = 'pending' | 'accepted' | 'declined' | 'snoozed';
export type IntroStatus = 'proposed' | 'introduced' | 'declined' | 'expired';
/** What a member answered to "did this introduction lead to business?": a deal, ask again later, or no. */
export type FollowUpOutcome = 'deal' | 'not_yet' | 'no';

/** A double opt-in suggestion that two members meet; only when both accept are they introduced. */
export interface Introduction {
  readonly id: string;
  readonly communityId: string;
  readonly memberA: string;
  readonly memberB: string;
  readonly answerA: IntroAnswer;
  readonly answerB: IntroAnswer;
  readonly status: IntroStatus;
  readonly score: number;
  /** Why we suggested it: the matching needs and offers, in words members understand. */
  readonly reason: string;
  readonly roundId: string | null;
  readonly introducedAt: Date | null;
  /** When both members are next asked whether it led to business (see `sendIntroFollowUp`). */
  readonly followUpAt: Date | null;
  /** The last follow-up answer; `deal` and `no` stop the follow-ups. */
  readonly followUpOutcome: FollowUpOutcome | null;
  readonly createdAt: Date;
}

/** Pairs are stored with the smaller id first so a pair can be looked up either way. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}
