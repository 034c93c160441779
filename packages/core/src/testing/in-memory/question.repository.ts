import { type Question, type QuestionStatus, WAITING_QUESTION_STATUSES } from '../../domain/question.js';
import type { PageRequest } from '../../ports/page.js';
import type { QuestionRepository } from '../../ports/question.repository.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemoryQuestionRepository implements QuestionRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Question>('questions');
  }
  async create(question: Question) {
    insertNew(this.rows, question.id, question);
  }
  async update(question: Question) {
    replaceExisting(this.rows, question.id, question);
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((q) => q.communityId === communityId && q.memberId === memberId)
      .map(copy)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id));
  }
  async list(communityId: string, status: QuestionStatus | null, page: PageRequest) {
    const all = [...this.rows.values()]
      .filter((q) => q.communityId === communityId && (!status || q.status === status))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
  async listWaiting(communityId: string, createdNotAfter: Date | null, page: PageRequest) {
    const waiting: readonly QuestionStatus[] = WAITING_QUESTION_STATUSES;
    const all = [...this.rows.values()]
      .filter(
        (q) =>
          q.communityId === communityId &&
          waiting.includes(q.status) &&
          (!createdNotAfter || q.createdAt.getTime() <= createdNotAfter.getTime()),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
}
