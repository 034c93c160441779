import { type CoachingMonth, percentileCont } from '../../domain/coaching-figures.js';
import { type Question, type QuestionStatus, type SlaStage, WAITING_QUESTION_STATUSES } from '../../domain/question.js';
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
          (!createdNotAfter || (q.createdAt.getTime() <= createdNotAfter.getTime() && !q.awaitingMemberSince)),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
  async listClaimedBy(communityId: string, memberId: string, status: QuestionStatus | null, page: PageRequest) {
    const all = [...this.rows.values()]
      .filter((q) => q.communityId === communityId && q.claimedBy === memberId && (!status || q.status === status))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
  async listSlaDue(
    communityId: string,
    stage: SlaStage,
    createdNotAfter: Date,
    after: { readonly createdAt: Date; readonly id: string } | null,
    limit: number,
  ) {
    const waiting: readonly QuestionStatus[] = WAITING_QUESTION_STATUSES;
    const afterKey = (q: Question) =>
      !after ||
      q.createdAt.getTime() > after.createdAt.getTime() ||
      (q.createdAt.getTime() === after.createdAt.getTime() && compareText(q.id, after.id) > 0);
    return [...this.rows.values()]
      .filter(
        (q) =>
          q.communityId === communityId &&
          waiting.includes(q.status) &&
          (stage === 'remind' ? q.slaRemindedAt : q.slaEscalatedAt) === null &&
          !q.awaitingMemberSince &&
          q.createdAt.getTime() <= createdNotAfter.getTime() &&
          afterKey(q),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id))
      .slice(0, limit)
      .map(copy);
  }
  async markSlaSent(communityId: string, ids: readonly string[], stage: SlaStage, at: Date) {
    for (const id of ids) {
      const row = this.rows.get(id);
      if (!row || row.communityId !== communityId) continue;
      this.rows.set(id, stage === 'remind' ? { ...row, slaRemindedAt: at } : { ...row, slaEscalatedAt: at });
    }
  }
  async coachingMonths(communityId: string, from: Date, to: Date, timezone: string): Promise<CoachingMonth[]> {
    const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit' });
    const months = new Map<string, Question[]>();
    for (const q of this.rows.values()) {
      if (q.communityId !== communityId || q.createdAt < from || q.createdAt >= to) continue;
      const parts = monthOf.formatToParts(q.createdAt);
      const key = `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
      months.set(key, [...(months.get(key) ?? []), q]);
    }
    const waiting: readonly QuestionStatus[] = WAITING_QUESTION_STATUSES;
    const seconds = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 1000;
    return [...months.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([month, qs]) => {
        const first = qs.flatMap((q) => (q.answeredAt ? [seconds(q.createdAt, q.answeredAt)] : []));
        const resolved = qs.flatMap((q) => (q.resolvedAt ? [seconds(q.createdAt, q.resolvedAt)] : []));
        const ratings = qs.flatMap((q) => (q.rating === null ? [] : [q.rating]));
        return {
          month,
          asked: qs.length,
          askers: new Set(qs.map((q) => q.memberId)).size,
          answered: first.length,
          unanswered: qs.filter((q) => waiting.includes(q.status)).length,
          firstResponseP50: percentileCont(first, 0.5),
          firstResponseP90: percentileCont(first, 0.9),
          resolutionP50: percentileCont(resolved, 0.5),
          resolutionP90: percentileCont(resolved, 0.9),
          ratings: ratings.length,
          satisfaction: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
        };
      });
  }
}
