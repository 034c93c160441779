import type { ModerationCase, ModerationRepository } from '@snowball/core';
import { and, desc, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { moderationCases } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

function toCase(row: typeof moderationCases.$inferSelect): ModerationCase {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    reporterId: row.reporterId,
    kind: row.kind,
    status: row.status,
    platform: row.platform,
    channelId: row.channelId,
    messageId: row.messageId,
    excerpt: row.excerpt,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    appeal: row.appeal,
    createdAt: row.createdAt,
  };
}

/** Moderation cases in PostgreSQL. */
export class DrizzleModerationRepository implements ModerationRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(moderationCase: ModerationCase) {
    const inserted = await this.db()
      .insert(moderationCases)
      .values(toCase(moderationCase))
      .onConflictDoNothing()
      .returning({ id: moderationCases.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(moderationCase: ModerationCase) {
    if (!isUuid(moderationCase.id, moderationCase.communityId)) return;
    await this.db()
      .update(moderationCases)
      .set(toCase(moderationCase))
      .where(
        and(eq(moderationCases.id, moderationCase.id), eq(moderationCases.communityId, moderationCase.communityId)),
      );
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(moderationCases)
      .where(and(eq(moderationCases.communityId, communityId), eq(moderationCases.id, id)));
    return row ? toCase(row) : null;
  }

  async list(communityId: string, memberId: string | null) {
    if (!isUuid(communityId) || (memberId && !isUuid(memberId))) return [];
    const rows = await this.db()
      .select()
      .from(moderationCases)
      .where(
        and(
          eq(moderationCases.communityId, communityId),
          memberId ? eq(moderationCases.memberId, memberId) : undefined,
        ),
      )
      .orderBy(desc(moderationCases.createdAt), desc(moderationCases.id));
    return rows.map(toCase);
  }
}
