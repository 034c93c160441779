import type { CoachingMonth } from '../domain/coaching-figures.js';
import type { Question, QuestionStatus, SlaStage } from '../domain/question.js';
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
   * only those asked at or before it and not waiting for the member's reply to a follow-up — the SLA's overdue queue.
   */
  listWaiting(communityId: string, createdNotAfter: Date | null, page: PageRequest): Promise<Page<Question>>;
  /** Questions routed to (claimed by) one person, e.g. a guest expert, oldest first; `status` narrows them. */
  listClaimedBy(
    communityId: string,
    memberId: string,
    status: QuestionStatus | null,
    page: PageRequest,
  ): Promise<Page<Question>>;
  /**
   * Waiting questions asked at or before `createdNotAfter` whose `stage` has not gone out yet, oldest first,
   * after the keyset `after` (created at, then id): the response-time job's work, read in chunks.
   */
  listSlaDue(
    communityId: string,
    stage: SlaStage,
    createdNotAfter: Date,
    after: { readonly createdAt: Date; readonly id: string } | null,
    limit: number,
  ): Promise<Question[]>;
  /** Records that `stage` went out for these questions (one statement, one array parameter). */
  markSlaSent(communityId: string, ids: readonly string[], stage: SlaStage, at: Date): Promise<void>;
  /**
   * Per month asked (in `timezone`), for questions asked in [from, to): counts, first-response and resolution
   * median and 90th percentile (`percentile_cont`), ratings and mean rating; months with no question are absent.
   */
  coachingMonths(communityId: string, from: Date, to: Date, timezone: string): Promise<CoachingMonth[]>;
}
