import type { AuditCursor, AuditEntry, AuditQuery, AuditRepository, PageRequest } from '@snowball/core';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { auditEntries } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof auditEntries.$inferSelect;

function toEntry(row: Row): AuditEntry {
  return {
    id: row.id,
    communityId: row.communityId,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    at: row.at,
  };
}

/** The audit log in PostgreSQL; `before` and `after` are jsonb, so Dates in them read back as ISO strings. */
export class DrizzleAuditRepository implements AuditRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async add(entry: AuditEntry) {
    const inserted = await this.db()
      .insert(auditEntries)
      .values({
        id: entry.id,
        communityId: entry.communityId,
        actorId: entry.actorId,
        actorLabel: entry.actorLabel,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        // undefined would mean "column default"; the in-memory log reads it back as null too.
        before: entry.before ?? null,
        after: entry.after ?? null,
        at: entry.at,
      })
      .onConflictDoNothing()
      .returning({ id: auditEntries.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async addMany(entries: readonly AuditEntry[]) {
    // Bounded statements: at most 500 rows (5,000 parameters) each, however many entries come.
    for (let i = 0; i < entries.length; i += 500) {
      await this.db()
        .insert(auditEntries)
        .values(
          entries.slice(i, i + 500).map((entry) => ({
            id: entry.id,
            communityId: entry.communityId,
            actorId: entry.actorId,
            actorLabel: entry.actorLabel,
            action: entry.action,
            targetType: entry.targetType,
            targetId: entry.targetId,
            before: entry.before ?? null,
            after: entry.after ?? null,
            at: entry.at,
          })),
        )
        .onConflictDoNothing();
    }
  }

  async list(communityId: string, query: AuditQuery, page: PageRequest, after: AuditCursor | null = null) {
    if (!isUuid(communityId) || (query.actorId && !isUuid(query.actorId))) return { items: [], total: 0 };
    if (after && !isUuid(after.id)) return { items: [], total: 0 };
    const where = and(
      eq(auditEntries.communityId, communityId),
      query.action ? eq(auditEntries.action, query.action) : undefined,
      query.actorId ? eq(auditEntries.actorId, query.actorId) : undefined,
      query.targetId ? eq(auditEntries.targetId, query.targetId) : undefined,
    );
    // A keyset page: a row comparison the (community, at desc, id desc) index answers, however deep the page.
    const later = after
      ? sql`(${auditEntries.at}, ${auditEntries.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = await this.db()
      .select()
      .from(auditEntries)
      .where(and(where, later))
      .orderBy(desc(auditEntries.at), desc(auditEntries.id))
      .limit(page.limit)
      .offset(after ? 0 : page.offset);
    const [counted] = await this.db().select({ total: count() }).from(auditEntries).where(where);
    return { items: rows.map(toEntry), total: counted?.total ?? 0 };
  }
}
