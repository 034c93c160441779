import type {
  CaseCursor,
  CaseQuery,
  ChatAction,
  ChatActionStatus,
  ModerationCase,
  ModerationRepository,
  PageRequest,
  StrikeSubject,
} from '@snowball/core';
import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { moderationActions, moderationCases } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof moderationCases.$inferSelect;

function toCase(row: Row): ModerationCase {
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
    notes: row.notes,
    appealedAt: row.appealedAt,
    appealOutcome: row.appealOutcome,
    evidencePurgedAt: row.evidencePurgedAt,
    workspaceId: row.workspaceId,
    authorId: row.authorId,
    context: row.context ? row.context.map((m) => ({ ...m, at: new Date(m.at) })) : null,
    actionFailure: row.actionFailure,
  };
}

function toRow(c: ModerationCase): Row {
  return {
    id: c.id,
    communityId: c.communityId,
    memberId: c.memberId,
    reporterId: c.reporterId,
    kind: c.kind,
    status: c.status,
    platform: c.platform,
    channelId: c.channelId,
    messageId: c.messageId,
    excerpt: c.excerpt,
    reason: c.reason,
    decidedBy: c.decidedBy,
    decidedAt: c.decidedAt,
    appeal: c.appeal,
    createdAt: c.createdAt,
    notes: c.notes ?? null,
    appealedAt: c.appealedAt ?? null,
    appealOutcome: c.appealOutcome ?? null,
    evidencePurgedAt: c.evidencePurgedAt ?? null,
    workspaceId: c.workspaceId ?? null,
    authorId: c.authorId ?? null,
    context: c.context ? c.context.map((m) => ({ ...m, at: m.at.toISOString() })) : null,
    actionFailure: c.actionFailure ?? null,
  };
}

type ActionRow = typeof moderationActions.$inferSelect;

function toAction(row: ActionRow): ChatAction {
  return { ...row };
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
      .values(toRow(moderationCase))
      .onConflictDoNothing()
      .returning({ id: moderationCases.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(moderationCase: ModerationCase) {
    if (!isUuid(moderationCase.id, moderationCase.communityId)) return;
    await this.db()
      .update(moderationCases)
      .set(toRow(moderationCase))
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

  async page(communityId: string, query: CaseQuery, page: PageRequest, after: CaseCursor | null = null) {
    if (!isUuid(communityId) || (query.memberId && !isUuid(query.memberId))) return { items: [], total: 0 };
    if (after && !isUuid(after.id)) return { items: [], total: 0 };
    if (query.statuses && query.statuses.length === 0) return { items: [], total: 0 };
    const where = and(
      eq(moderationCases.communityId, communityId),
      query.statuses ? inArray(moderationCases.status, [...query.statuses]) : undefined,
      query.kind ? eq(moderationCases.kind, query.kind) : undefined,
      query.memberId ? eq(moderationCases.memberId, query.memberId) : undefined,
    );
    // A keyset page: a row comparison the (community, status, created desc, id desc) index answers at any depth.
    const older = after
      ? sql`(${moderationCases.createdAt}, ${moderationCases.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = await this.db()
      .select()
      .from(moderationCases)
      .where(and(where, older))
      .orderBy(desc(moderationCases.createdAt), desc(moderationCases.id))
      .limit(page.limit)
      .offset(after ? 0 : page.offset);
    const [counted] = await this.db().select({ total: count() }).from(moderationCases).where(where);
    return { items: rows.map(toCase), total: counted?.total ?? 0 };
  }

  async purgeEvidence(communityId: string, decidedBefore: Date, purgedAt: Date, limit: number) {
    if (!isUuid(communityId) || limit <= 0) return 0;
    // `due` is a subquery of the same statement: no list of ids is ever sent, however many cases there are.
    const due = this.db()
      .select({ id: moderationCases.id })
      .from(moderationCases)
      .where(
        and(
          eq(moderationCases.communityId, communityId),
          inArray(moderationCases.status, ['upheld', 'dismissed']),
          isNull(moderationCases.evidencePurgedAt),
          lt(moderationCases.decidedAt, decidedBefore),
        ),
      )
      .orderBy(asc(moderationCases.decidedAt), asc(moderationCases.id))
      .limit(limit);
    const purged = await this.db()
      .update(moderationCases)
      .set({ excerpt: '', context: null, evidencePurgedAt: purgedAt })
      .where(and(eq(moderationCases.communityId, communityId), inArray(moderationCases.id, due)))
      .returning({ id: moderationCases.id });
    return purged.length;
  }

  async countStrikes(communityId: string, subject: StrikeSubject, since: Date) {
    if (!isUuid(communityId) || ('memberId' in subject && !isUuid(subject.memberId))) return 0;
    const who =
      'memberId' in subject
        ? eq(moderationCases.memberId, subject.memberId)
        : and(
            eq(moderationCases.platform, subject.platform),
            eq(moderationCases.workspaceId, subject.workspaceId),
            eq(moderationCases.authorId, subject.authorId),
          );
    const [counted] = await this.db()
      .select({ total: count() })
      .from(moderationCases)
      .where(
        and(
          eq(moderationCases.communityId, communityId),
          who,
          eq(moderationCases.status, 'upheld'),
          sql`coalesce(${moderationCases.decidedAt}, ${moderationCases.createdAt}) > ${since.toISOString()}::timestamptz`,
        ),
      );
    return counted?.total ?? 0;
  }

  async addAction(action: ChatAction) {
    const inserted = await this.db().insert(moderationActions).values(action).onConflictDoNothing().returning();
    if (inserted[0]) return { action: toAction(inserted[0]), created: true };
    const [row] = await this.db().select().from(moderationActions).where(eq(moderationActions.key, action.key));
    if (!row) throw uniqueViolation('key');
    return { action: toAction(row), created: false };
  }

  async takeAction(key: string, now: Date, leaseUntil: Date, maxAttempts: number) {
    const [row] = await this.db()
      .update(moderationActions)
      .set({ attempts: sql`${moderationActions.attempts} + 1`, leaseUntil })
      .where(and(eq(moderationActions.key, key), this.takeable(now, maxAttempts)))
      .returning();
    return row ? toAction(row) : null;
  }

  async takeDueActions(now: Date, leaseUntil: Date, maxAttempts: number, limit: number) {
    if (limit <= 0) return [];
    // Locked and skipped: two bot processes polling at once each take different actions.
    const due = this.db()
      .select({ key: moderationActions.key })
      .from(moderationActions)
      .where(
        and(
          this.takeable(now, maxAttempts),
          sql`${moderationActions.nextAttemptAt} <= ${now.toISOString()}::timestamptz`,
        ),
      )
      .orderBy(asc(moderationActions.nextAttemptAt), asc(moderationActions.key))
      .limit(limit)
      .for('update', { skipLocked: true });
    const rows = await this.db()
      .update(moderationActions)
      .set({ attempts: sql`${moderationActions.attempts} + 1`, leaseUntil })
      .where(inArray(moderationActions.key, due))
      .returning();
    return rows
      .map(toAction)
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || (a.key < b.key ? -1 : 1));
  }

  async settleAction(
    key: string,
    outcome: { status: ChatActionStatus; error: string | null; at: Date; nextAttemptAt?: Date },
  ) {
    const pending = outcome.status === 'pending';
    await this.db()
      .update(moderationActions)
      .set({
        status: outcome.status,
        error: outcome.error,
        leaseUntil: null,
        ...(pending ? {} : { payload: null, settledAt: outcome.at }),
        ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      })
      .where(eq(moderationActions.key, key));
  }

  private takeable(now: Date, maxAttempts: number) {
    return and(
      eq(moderationActions.status, 'pending'),
      lt(moderationActions.attempts, maxAttempts),
      sql`(${moderationActions.leaseUntil} is null or ${moderationActions.leaseUntil} <= ${now.toISOString()}::timestamptz)`,
    );
  }
}
