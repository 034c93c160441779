import {
  type FaqEntry,
  type FaqHit,
  type FaqRepository,
  type KnowledgeQuery,
  knowledgeIndex,
  type PageRequest,
} from '@snowball/core';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { faqEntries } from '../schema/index.js';
import { isUuid, likeText, textArray, uniqueViolation } from './sql-helpers.js';

const entryColumns = {
  id: faqEntries.id,
  communityId: faqEntries.communityId,
  questionId: faqEntries.questionId,
  question: faqEntries.question,
  answer: faqEntries.answer,
  answeredBy: faqEntries.answeredBy,
  publishedBy: faqEntries.publishedBy,
  publishedAt: faqEntries.publishedAt,
  updatedAt: faqEntries.updatedAt,
};

function toEntry(row: FaqEntry): FaqEntry {
  return { ...row };
}

function indexed(entry: FaqEntry) {
  const index = knowledgeIndex([entry.question, entry.answer]);
  return { ...entry, searchKeys: [...index.keys], searchText: index.text };
}

/** The club FAQ in PostgreSQL: keys in a GIN-indexed array, text under a trigram index. */
export class DrizzleFaqRepository implements FaqRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(entry: FaqEntry) {
    const inserted = await this.db()
      .insert(faqEntries)
      .values(indexed(entry))
      .onConflictDoNothing()
      .returning({ id: faqEntries.id });
    if (inserted.length === 0) throw uniqueViolation(entry.questionId ? 'questionId' : 'id');
  }

  async update(entry: FaqEntry) {
    if (!isUuid(entry.id, entry.communityId)) return;
    await this.db()
      .update(faqEntries)
      .set(indexed(entry))
      .where(and(eq(faqEntries.id, entry.id), eq(faqEntries.communityId, entry.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select(entryColumns)
      .from(faqEntries)
      .where(and(eq(faqEntries.communityId, communityId), eq(faqEntries.id, id)));
    return row ? toEntry(row) : null;
  }

  async remove(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .delete(faqEntries)
      .where(and(eq(faqEntries.communityId, communityId), eq(faqEntries.id, id)));
  }

  async list(communityId: string, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = eq(faqEntries.communityId, communityId);
    const [rows, counted] = await Promise.all([
      this.db()
        .select(entryColumns)
        .from(faqEntries)
        .where(where)
        .orderBy(desc(faqEntries.publishedAt), asc(faqEntries.id))
        .limit(page.limit)
        .offset(page.offset),
      this.db().select({ total: count() }).from(faqEntries).where(where),
    ]);
    return { items: rows.map(toEntry), total: counted[0]?.total ?? 0 };
  }

  async search(communityId: string, query: KnowledgeQuery, limit: number): Promise<FaqHit[]> {
    if (!isUuid(communityId) || (query.keys.length === 0 && query.text === null)) return [];
    const keys = sql`${textArray(query.keys)}::text[]`;
    const textHit = query.text === null ? sql`false` : likeText(faqEntries.searchText, query.text);
    // Candidates come from the GIN indexes (keys overlap, trigram LIKE); only they are scored.
    const score = sql<number>`(cardinality(array(select unnest(${faqEntries.searchKeys}) intersect select unnest(${keys}))) + (case when ${textHit} then 1 else 0 end))::int`;
    const rows = await this.db()
      .select({ ...entryColumns, score })
      .from(faqEntries)
      .where(
        and(
          eq(faqEntries.communityId, communityId),
          query.keys.length > 0 ? sql`(${faqEntries.searchKeys} && ${keys} or ${textHit})` : textHit,
        ),
      )
      .orderBy(desc(score), desc(faqEntries.publishedAt), asc(faqEntries.id))
      .limit(limit);
    return rows.map(({ score: s, ...entry }) => ({ entry: toEntry(entry), score: Number(s) }));
  }
}
