export type IntroAnswer = 'pending' | 'accepted' | 'declined' | 'snoozed';
export type IntroStatus = 'proposed' | 'introduced' | 'declined' | 'expired';

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
  readonly followUpAt: Date | null;
  readonly createdAt: Date;
}

/** Pairs are stored with the smaller id first so a pair can be looked up either way. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}
