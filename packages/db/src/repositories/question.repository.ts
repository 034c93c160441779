import {
  type CoachingMonth,
  type PageRequest,
  type Question,
  type QuestionRepository,
  type QuestionStatus,
  type SlaStage,
  WAITING_QUESTION_STATUSES,
} from '@snowball/core';
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { questions } from '../schema/index.js';
import { inUuids, isUuid, rowsOf, uniqueViolation } from './sql-helpers.js';

export function toQuestion(row: typeof questions.$inferSelect): Question {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    body: row.body,
    status: row.status,
    claimedBy: row.claimedBy,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    faq: row.faq,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    rating: row.rating,
    ratingComment: row.ratingComment,
    faqConsent: row.faqConsent,
    slaRemindedAt: row.slaRemindedAt,
    slaEscalatedAt: row.slaEscalatedAt,
    awaitingMemberSince: row.awaitingMemberSince ?? null,
  };
}

/** The row of a question; `awaitingMemberSince` is optional on the domain type (absent: nothing asked). */
const toRow = (question: Question) =>
  toQuestion({ ...question, awaitingMemberSince: question.awaitingMemberSince ?? null });

const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** Members' questions to the coaches, in PostgreSQL. */
export class DrizzleQuestionRepository implements QuestionRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(question: Question) {
    const inserted = await this.db()
      .insert(questions)
      .values(toRow(question))
      .onConflictDoNothing()
      .returning({ id: questions.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(question: Question) {
    if (!isUuid(question.id, question.communityId)) return;
    await this.db()
      .update(questions)
      .set(toRow(question))
      .where(and(eq(questions.id, question.id), eq(questions.communityId, question.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(questions)
      .where(and(eq(questions.communityId, communityId), eq(questions.id, id)));
    return row ? toQuestion(row) : null;
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(questions)
      .where(and(eq(questions.communityId, communityId), eq(questions.memberId, memberId)))
      .orderBy(desc(questions.createdAt), desc(questions.id));
    return rows.map(toQuestion);
  }

  async list(communityId: string, status: QuestionStatus | null, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = and(eq(questions.communityId, communityId), status ? eq(questions.status, status) : undefined);
    const rows = await this.db()
      .select()
      .from(questions)
      .where(where)
      .orderBy(asc(questions.createdAt), asc(questions.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db().select({ total: count() }).from(questions).where(where);
    return { items: rows.map(toQuestion), total: counted?.total ?? 0 };
  }

  async listWaiting(communityId: string, createdNotAfter: Date | null, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = and(
      eq(questions.communityId, communityId),
      inArray(questions.status, [...WAITING_QUESTION_STATUSES]),
      createdNotAfter ? lte(questions.createdAt, createdNotAfter) : undefined,
      // Overdue means overdue for the coaches: not while a follow-up waits for the member.
      createdNotAfter ? isNull(questions.awaitingMemberSince) : undefined,
    );
    const rows = await this.db()
      .select()
      .from(questions)
      .where(where)
      .orderBy(asc(questions.createdAt), asc(questions.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db().select({ total: count() }).from(questions).where(where);
    return { items: rows.map(toQuestion), total: counted?.total ?? 0 };
  }

  async listClaimedBy(communityId: string, memberId: string, status: QuestionStatus | null, page: PageRequest) {
    if (!isUuid(communityId, memberId)) return { items: [], total: 0 };
    const where = and(
      eq(questions.communityId, communityId),
      eq(questions.claimedBy, memberId),
      status ? eq(questions.status, status) : undefined,
    );
    const rows = await this.db()
      .select()
      .from(questions)
      .where(where)
      .orderBy(asc(questions.createdAt), asc(questions.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db().select({ total: count() }).from(questions).where(where);
    return { items: rows.map(toQuestion), total: counted?.total ?? 0 };
  }

  async listSlaDue(
    communityId: string,
    stage: SlaStage,
    createdNotAfter: Date,
    after: { readonly createdAt: Date; readonly id: string } | null,
    limit: number,
  ) {
    if (!isUuid(communityId)) return [];
    const sent = stage === 'remind' ? questions.slaRemindedAt : questions.slaEscalatedAt;
    const rows = await this.db()
      .select()
      .from(questions)
      .where(
        and(
          eq(questions.communityId, communityId),
          inArray(questions.status, [...WAITING_QUESTION_STATUSES]),
          isNull(sent),
          // A coach's follow-up waiting for the member's reply stops the clock: the member has the next move.
          isNull(questions.awaitingMemberSince),
          lte(questions.createdAt, createdNotAfter),
          after
            ? or(
                gt(questions.createdAt, after.createdAt),
                and(eq(questions.createdAt, after.createdAt), gt(questions.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(questions.createdAt), asc(questions.id))
      .limit(limit);
    return rows.map(toQuestion);
  }

  async markSlaSent(communityId: string, ids: readonly string[], stage: SlaStage, at: Date) {
    const valid = ids.filter((id) => isUuid(id));
    if (!isUuid(communityId) || valid.length === 0) return;
    await this.db()
      .update(questions)
      .set(stage === 'remind' ? { slaRemindedAt: at } : { slaEscalatedAt: at })
      .where(and(eq(questions.communityId, communityId), inUuids(questions.id, valid)));
  }

  async coachingMonths(communityId: string, from: Date, to: Date, timezone: string): Promise<CoachingMonth[]> {
    if (!isUuid(communityId)) return [];
    const q = questions;
    const firstResponse = sql`extract(epoch from (${q.answeredAt} - ${q.createdAt}))::float8`;
    const resolution = sql`extract(epoch from (${q.resolvedAt} - ${q.createdAt}))::float8`;
    const rows = rowsOf<Record<string, unknown>>(
      await this.db().execute(sql`
        select to_char(${q.createdAt} at time zone ${timezone}, 'YYYY-MM') as "month",
          count(*)::int as "asked",
          count(distinct ${q.memberId})::int as "askers",
          count(${q.answeredAt})::int as "answered",
          (count(*) filter (where ${q.status} in ('open', 'claimed')))::int as "unanswered",
          percentile_cont(0.5) within group (order by ${firstResponse}) as "firstResponseP50",
          percentile_cont(0.9) within group (order by ${firstResponse}) as "firstResponseP90",
          percentile_cont(0.5) within group (order by ${resolution}) as "resolutionP50",
          percentile_cont(0.9) within group (order by ${resolution}) as "resolutionP90",
          count(${q.rating})::int as "ratings",
          avg(${q.rating})::float8 as "satisfaction"
        from ${q}
        where ${q.communityId} = ${communityId} and ${q.createdAt} >= ${ts(from)} and ${q.createdAt} < ${ts(to)}
        group by 1
        order by 1`),
    );
    return rows.map((r) => ({
      month: String(r['month']),
      asked: Number(r['asked']),
      askers: Number(r['askers']),
      answered: Number(r['answered']),
      unanswered: Number(r['unanswered']),
      firstResponseP50: num(r['firstResponseP50']),
      firstResponseP90: num(r['firstResponseP90']),
      resolutionP50: num(r['resolutionP50']),
      resolutionP90: num(r['resolutionP90']),
      ratings: Number(r['ratings']),
      satisfaction: num(r['satisfaction']),
    }));
  }
}
