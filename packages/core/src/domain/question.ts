export type QuestionStatus = 'open' | 'claimed' | 'answered' | 'closed';

/** A member's private question to the coach (一对一答疑). */
export interface Question {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly body: string;
  readonly status: QuestionStatus;
  readonly claimedBy: string | null;
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredAt: Date | null;
  /** Published to the FAQ, anonymised, with the member's consent. */
  readonly faq: boolean;
  readonly createdAt: Date;
  /** When the member marked it resolved (status `closed`); null while it is open or only answered. */
  readonly resolvedAt: Date | null;
  /** The member's rating of the answer, 1–5, and an optional comment. */
  readonly rating: number | null;
  readonly ratingComment: string | null;
  /** The member agreed that staff may publish it, anonymised, to the club FAQ. */
  readonly faqConsent: boolean;
  /** When the response-time reminder (at the promise) and the owners' escalation (at twice it) went out. */
  readonly slaRemindedAt: Date | null;
  readonly slaEscalatedAt: Date | null;
  /**
   * Since when a coach's follow-up waits for the member's reply (null or absent: nothing asked of the member).
   * The member's reply clears it and puts the question back to waiting for a coach.
   */
  readonly awaitingMemberSince?: Date | null;
}

/** The two thresholds of the response-time promise: `remind` at the promise, `escalate` at twice it. */
export const SLA_STAGES = ['remind', 'escalate'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];

/** How many promised periods a question waits before the stage fires. */
export const SLA_STAGE_FACTOR: Readonly<Record<SlaStage, number>> = { remind: 1, escalate: 2 };

const HOUR_MS = 3_600_000;

/** Statuses still waiting for an answer; the SLA clock runs only for these. */
export const WAITING_QUESTION_STATUSES = ['open', 'claimed'] as const satisfies readonly QuestionStatus[];

/** When a question should be answered by (the club's `questionSlaHours` after it was asked); null once it is done. */
export function questionDueAt(question: Pick<Question, 'status' | 'createdAt'>, slaHours: number): Date | null {
  if (!(WAITING_QUESTION_STATUSES as readonly QuestionStatus[]).includes(question.status)) return null;
  return new Date(question.createdAt.getTime() + slaHours * HOUR_MS);
}

/** Past the SLA and still waiting; exactly at the due time counts as overdue, like the queue's filter. */
export function isQuestionOverdue(
  question: Pick<Question, 'status' | 'createdAt'>,
  now: Date,
  slaHours: number,
): boolean {
  const due = questionDueAt(question, slaHours);
  return due !== null && now.getTime() >= due.getTime();
}
