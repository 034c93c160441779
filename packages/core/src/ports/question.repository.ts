import type { Question, QuestionStatus } from '../domain/question.js';
import type { Page, PageRequest } from './page.js';

/** Members' private questions to the coaches. */
export interface QuestionRepository {
  create(question: Question): Promise<void>;
  update(question: Question): Promise<void>;
  get(communityId: string, id: string): Promise<Question | null>;
  listForMember(communityId: string, memberId: string): Promise<Question[]>;
  list(communityId: string, status: QuestionStatus | null, page: PageRequest): Promise<Page<Question>>;
  /**
   * Questions still waiting (open or claimed), oldest first (created at, then id); with `createdNotAfter`,
   * only those asked at or before it — the SLA's overdue queue.
   */
  listWaiting(communityId: string, createdNotAfter: Date | null, page: PageRequest): Promise<Page<Question>>;
}
