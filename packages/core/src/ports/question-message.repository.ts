import type { QuestionMessage } from '../domain/question-message.js';

/** The conversation under members' questions: coaches' follow-ups and the members' replies. */
export interface QuestionMessageRepository {
  add(message: QuestionMessage): Promise<void>;
  /**
   * The latest `perQuestion` messages of each of these questions (one array parameter), oldest first within a
   * question: the threads of one page of the queue.
   */
  listForQuestions(
    communityId: string,
    questionIds: readonly string[],
    perQuestion: number,
  ): Promise<QuestionMessage[]>;
}
