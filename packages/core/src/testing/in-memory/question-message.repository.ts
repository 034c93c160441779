import type { QuestionMessage } from '../../domain/question-message.js';
import type { QuestionMessageRepository } from '../../ports/question-message.repository.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

const oldestFirst = (a: QuestionMessage, b: QuestionMessage) =>
  a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id);

export class InMemoryQuestionMessageRepository implements QuestionMessageRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<QuestionMessage>('question_messages');
  }
  async add(message: QuestionMessage) {
    insertNew(this.rows, message.id, copy(message));
  }
  async listForQuestions(communityId: string, questionIds: readonly string[], perQuestion: number) {
    const wanted = new Set(questionIds);
    const byQuestion = new Map<string, QuestionMessage[]>();
    for (const row of this.rows.values()) {
      if (row.communityId !== communityId || !wanted.has(row.questionId)) continue;
      byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);
    }
    return [...byQuestion.values()].flatMap((list) => list.sort(oldestFirst).slice(-perQuestion)).map(copy);
  }
}
