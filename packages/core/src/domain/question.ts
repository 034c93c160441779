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
}
