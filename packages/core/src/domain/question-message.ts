/** Who wrote a message in a question's conversation: a coach (or guest expert) asking a follow-up, or the member. */
export const QUESTION_MESSAGE_AUTHORS = ['coach', 'member'] as const;
export type QuestionMessageAuthor = (typeof QUESTION_MESSAGE_AUTHORS)[number];

/** One message of the conversation under a question, after the question itself: a follow-up or a reply. */
export interface QuestionMessage {
  readonly id: string;
  readonly communityId: string;
  readonly questionId: string;
  readonly from: QuestionMessageAuthor;
  /** The coach, guest or member who wrote it; null once they were erased. */
  readonly authorId: string | null;
  /** Stored verbatim; every renderer escapes it. */
  readonly body: string;
  readonly createdAt: Date;
}

/** How many of the latest messages a question's conversation shows (the rest stay stored). */
export const QUESTION_THREAD_SHOWN = 20;
