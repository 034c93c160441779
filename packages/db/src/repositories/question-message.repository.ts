import type { QuestionMessage, QuestionMessageRepository } from '@snowball/core';
import { and, eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { questionMessages } from '../schema/index.js';
import { inUuids, isUuid, uniqueViolation } from './sql-helpers.js';

const m = questionMessages;

/** The conversations under members' questions in PostgreSQL. */
export class DrizzleQuestionMessageRepository implements QuestionMessageRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async add(message: QuestionMessage) {
    const inserted = await this.db().insert(m).values(message).onConflictDoNothing().returning({ id: m.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async listForQuestions(communityId: string, questionIds: readonly string[], perQuestion: number) {
    const ids = questionIds.filter((id) => isUuid(id));
    if (!isUuid(communityId) || ids.length === 0 || perQuestion <= 0) return [];
    // The latest `perQuestion` of each question, by a window over the (community, question, created) index.
    const ranked = this.db()
      .select({
        id: m.id,
        communityId: m.communityId,
        questionId: m.questionId,
        from: m.from,
        authorId: m.authorId,
        body: m.body,
        createdAt: m.createdAt,
        rank: sql<number>`row_number() over (partition by ${m.questionId} order by ${m.createdAt} desc, ${m.id} desc)`.as(
          'rank',
        ),
      })
      .from(m)
      .where(and(eq(m.communityId, communityId), inUuids(m.questionId, ids)))
      .as('ranked');
    const rows = await this.db()
      .select()
      .from(ranked)
      .where(sql`${ranked.rank} <= ${perQuestion}`)
      .orderBy(ranked.questionId, ranked.createdAt, ranked.id);
    return rows.map(({ rank: _rank, ...message }) => message);
  }
}
