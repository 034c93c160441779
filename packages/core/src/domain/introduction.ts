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
  /** The member who asked for this introduction (`/intros propose`); null (or absent) for a matching round's. */
  readonly proposedBy?: string | null;
  /**
   * The introducer: the person who made this introduction and is not one of its two sides (the staff member who
   * proposed a group of three, for the pairs they are not part of). Null (or absent) for a matching round's and for
   * a side's own proposal. A third party's introduction that leads to a confirmed deal credits them a `deal`.
   */
  readonly introducerId?: string | null;
  /** When `memberA` / `memberB` said they met; both set means the meeting happened (glossary: met). */
  readonly metA?: Date | null;
  readonly metB?: Date | null;
  /**
   * Set on the three pair introductions of a group introduction of three (see `domain/intro-trio.ts`): they share
   * this id, are answered, announced and closed together. Null (or absent) for an introduction of two.
   */
  readonly groupId?: string | null;
  readonly createdAt: Date;
}

/** True when both members of an introduction said they met. */
export function introMet(intro: Pick<Introduction, 'metA' | 'metB'>): boolean {
  return Boolean(intro.metA && intro.metB);
}

/** Pairs are stored with the smaller id first so a pair can be looked up either way. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}
