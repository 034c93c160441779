import {
  type KnowledgeQuery,
  type LibraryEntry,
  type LibraryFilter,
  type LibraryRepository,
  libraryIndex,
  type PageRequest,
  type Platform,
} from '@snowball/core';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { libraryEntries } from '../schema/index.js';
import { isUuid, likeText, textArray, uniqueViolation } from './sql-helpers.js';

const l = libraryEntries;
const entryColumns = {
  id: l.id,
  communityId: l.communityId,
  platform: l.platform,
  workspaceId: l.workspaceId,
  channelId: l.channelId,
  messageId: l.messageId,
  url: l.url,
  authorId: l.authorId,
  authorName: l.authorName,
  body: l.body,
  title: l.title,
  tags: l.tags,
  status: l.status,
  savedBy: l.savedBy,
  savedAt: l.savedAt,
  reviewedBy: l.reviewedBy,
  reviewedAt: l.reviewedAt,
  opens: l.opens,
};

function indexed(entry: LibraryEntry) {
  const index = libraryIndex(entry);
  return { ...entry, tags: [...entry.tags], searchKeys: [...index.keys], searchText: index.text };
}

/** The club library in PostgreSQL: tags and keys in GIN-indexed arrays, text under a trigram index. */
export class DrizzleLibraryRepository implements LibraryRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(entry: LibraryEntry) {
    const inserted = await this.db().insert(l).values(indexed(entry)).onConflictDoNothing().returning({ id: l.id });
    if (inserted.length === 0) throw uniqueViolation('message');
  }

  async update(entry: LibraryEntry) {
    if (!isUuid(entry.id, entry.communityId)) return;
    await this.db()
      .update(l)
      .set(indexed(entry))
      .where(and(eq(l.id, entry.id), eq(l.communityId, entry.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select(entryColumns)
      .from(l)
      .where(and(eq(l.communityId, communityId), eq(l.id, id)));
    return row ?? null;
  }

  async findMessage(communityId: string, platform: Platform, workspaceId: string, messageId: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select(entryColumns)
      .from(l)
      .where(
        and(
          eq(l.communityId, communityId),
          eq(l.platform, platform),
          eq(l.workspaceId, workspaceId),
          eq(l.messageId, messageId),
        ),
      );
    return row ?? null;
  }

  async remove(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .delete(l)
      .where(and(eq(l.communityId, communityId), eq(l.id, id)));
  }

  async removeMessage(communityId: string, platform: Platform, workspaceId: string, messageId: string) {
    if (!isUuid(communityId)) return false;
    const removed = await this.db()
      .delete(l)
      .where(
        and(
          eq(l.communityId, communityId),
          eq(l.platform, platform),
          eq(l.workspaceId, workspaceId),
          eq(l.messageId, messageId),
        ),
      )
      .returning({ id: l.id });
    return removed.length > 0;
  }

  async anonymiseAuthor(communityId: string, memberId: string, name: string) {
    if (!isUuid(communityId, memberId)) return 0;
    const changed = await this.db()
      .update(l)
      .set({ authorId: null, authorName: name })
      .where(and(eq(l.communityId, communityId), eq(l.authorId, memberId)))
      .returning({ id: l.id });
    return changed.length;
  }

  async list(communityId: string, filter: LibraryFilter, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = and(
      eq(l.communityId, communityId),
      filter.status ? eq(l.status, filter.status) : undefined,
      filter.tag ? sql`${l.tags} @> ${textArray([filter.tag])}::text[]` : undefined,
    );
    const [rows, counted] = await Promise.all([
      this.db()
        .select(entryColumns)
        .from(l)
        .where(where)
        .orderBy(desc(l.savedAt), asc(l.id))
        .limit(page.limit)
        .offset(page.offset),
      this.db().select({ total: count() }).from(l).where(where),
    ]);
    return { items: rows, total: counted[0]?.total ?? 0 };
  }

  async search(communityId: string, query: KnowledgeQuery, tag: string | null, limit: number) {
    if (!isUuid(communityId)) return [];
    const wantsWords = query.keys.length > 0 || query.text !== null;
    if (!wantsWords && !tag) return [];
    const keys = sql`${textArray(query.keys)}::text[]`;
    const textHit = query.text === null ? sql`false` : likeText(l.searchText, query.text);
    const score = wantsWords
      ? sql<number>`(cardinality(array(select unnest(${l.searchKeys}) intersect select unnest(${keys}))) + (case when ${textHit} then 1 else 0 end))::int`
      : sql<number>`1`;
    const rows = await this.db()
      .select({ ...entryColumns, score })
      .from(l)
      .where(
        and(
          eq(l.communityId, communityId),
          eq(l.status, 'approved'),
          tag ? sql`${l.tags} @> ${textArray([tag])}::text[]` : undefined,
          wantsWords ? (query.keys.length > 0 ? sql`(${l.searchKeys} && ${keys} or ${textHit})` : textHit) : undefined,
        ),
      )
      .orderBy(desc(score), desc(l.savedAt), asc(l.id))
      .limit(limit);
    return rows.map(({ score: _score, ...entry }) => entry);
  }

  async countOpen(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .update(l)
      .set({ opens: sql`${l.opens} + 1` })
      .where(and(eq(l.communityId, communityId), eq(l.id, id)))
      .returning(entryColumns);
    return row ?? null;
  }
}
