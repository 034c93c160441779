import {
  type PageRequest,
  type Question,
  type QuestionRepository,
  type QuestionStatus,
  WAITING_QUESTION_STATUSES,
} from '@snowball/core';
import { and, asc, count, desc, eq, inArray, lte } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { questions } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

function toQuestion(row: typeof questions.$inferSelect): Question {
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
  };
}

/** Members' questions to the coaches, in PostgreSQL. */
export class DrizzleQuestionRepository implements QuestionRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(question: Question) {
    const inserted = await this.db()
      .insert(questions)
      .values(toQuestion(question))
      .onConflictDoNothing()
      .returning({ id: questions.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(question: Question) {
    if (!isUuid(question.id, question.communityId)) return;
    await this.db()
      .update(questions)
      .set(toQuestion(question))
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
}
