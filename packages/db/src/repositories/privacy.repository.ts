import {
  type Erasure,
  type ErasureRequest,
  type ExportLink,
  FORMER_MEMBER_NAME,
  type MemberData,
  type PrivacyRepository,
} from '@snowball/core';
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { platformAccounts, privacyErasures, privacyExportLinks } from '../schema/index.js';
import { isSecretColumn, memberReferences, PLATFORM_ID_TABLES } from './member-data-map.js';
import { rowsOf, uniqueViolation } from './sql-helpers.js';

type Row = Record<string, unknown>;

/** What an erasure rule knows: the member, and the accounts and personal strings read before anything changed. */
interface ErasureContext {
  readonly communityId: string;
  readonly memberId: string;
  readonly placeholderHandle: string;
  readonly at: Date;
  /** The member's platform user ids (from their linked accounts). */
  readonly platformUserIds: readonly string[];
  /** ILIKE patterns of the member's name, handle, e-mail and platform ids (to scrub free-form audit JSON). */
  readonly patterns: readonly string[];
}

type Rule = (db: Database, ctx: ErasureContext) => Promise<unknown>;

const ids = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/**
 * How each table that references a member is erased. Every table the schema links to `members` must be listed
 * (the erasure refuses to run otherwise, and a test checks it), so whoever adds a table decides what erasure
 * means for it. After these rules, every remaining nullable reference to the member is set to null.
 * `keep`: the rows hold ids, amounts and dates only, and stay for others (accounting, club history).
 */
export const ERASURE_RULES: Readonly<Record<string, Rule | 'delete' | 'keep'>> = {
  members: (db, c) =>
    db.execute(sql`update members set handle = ${c.placeholderHandle}, handle_lower = ${c.placeholderHandle},
      display_name = ${FORMER_MEMBER_NAME}, display_name_lower = ${FORMER_MEMBER_NAME.toLowerCase()}, email = null, email_lower = null,
      locale = null, timezone = null, notes = '', referral_code = null, reminders_muted = true,
      matching_excluded = true, deleted_at = coalesce(deleted_at, ${c.at.toISOString()}::timestamptz)
      where community_id = ${c.communityId} and id = ${c.memberId}`),
  platform_accounts: 'delete',
  staff_roles: 'delete',
  profiles: 'delete',
  rsvps: 'delete',
  supplier_endorsements: async (db, c) => {
    await db.execute(sql`update suppliers s set endorsements = greatest(0, s.endorsements - 1)
      from supplier_endorsements e
      where e.supplier_id = s.id and e.community_id = ${c.communityId} and e.member_id = ${c.memberId}`);
    await db.execute(
      sql`delete from supplier_endorsements where community_id = ${c.communityId} and member_id = ${c.memberId}`,
    );
  },
  questions: (db, c) =>
    db.execute(sql`delete from questions where community_id = ${c.communityId} and member_id = ${c.memberId}`),
  // A member writes only in the threads of their own questions, which go with them (cascade); a coach's reply
  // in another member's thread stays for that member, no longer naming the coach (reference cleared below).
  question_messages: 'keep',
  link_codes: 'delete',
  login_links: 'delete',
  admin_sessions: 'delete',
  calendar_tokens: 'delete',
  privacy_export_links: 'delete',
  privacy_erasures: 'keep',
  applications: (db, c) =>
    db.execute(sql`update applications set name = ${FORMER_MEMBER_NAME}, email = null, company = '', industry = '',
      answers = '[]'::jsonb, workspace_id = null, platform_user_id = null, decision_reason = null, info_answer = null
      where community_id = ${c.communityId}
        and (member_id = ${c.memberId} or platform_user_id = any(${ids(c.platformUserIds)}))`),
  membership_periods: 'keep',
  payments: 'keep',
  introductions: async (db, c) => {
    // Open suggestions end: the other member is never asked to meet someone who is gone.
    await db.execute(sql`update introductions set reason = '',
      status = case when status = 'proposed' then 'expired' else status end,
      follow_up_at = null
      where community_id = ${c.communityId} and (member_a = ${c.memberId} or member_b = ${c.memberId})`);
  },
  deals: (db, c) =>
    db.execute(sql`update deals set note = '' where community_id = ${c.communityId}
      and (recorded_by = ${c.memberId} or counterpart_id = ${c.memberId})`),
  suppliers: 'keep',
  contributions: 'keep',
  lesson_series: 'keep',
  lessons: (db, c) =>
    db.execute(sql`update lessons set speaker_name = null, speaker_bio = null
      where community_id = ${c.communityId} and host_member_id = ${c.memberId}`),
  moderation_cases: async (db, c) => {
    await db.execute(sql`update moderation_cases set excerpt = '', appeal = null, notes = null, channel_id = null,
      message_id = null, context = null, author_id = null
      where community_id = ${c.communityId} and member_id = ${c.memberId}`);
    // Their words in other cases' context (written nearby, or a reporter's own messages before the one reported) go;
    // a context left empty becomes none.
    if (c.platformUserIds.length > 0) {
      await db.execute(sql`update moderation_cases set context = (
          select jsonb_agg(x.e order by x.n) from jsonb_array_elements(context) with ordinality as x(e, n)
          where not (x.e->>'authorId' = any(${ids(c.platformUserIds)})))
        where community_id = ${c.communityId} and context is not null and exists (
          select 1 from jsonb_array_elements(context) as y(e) where y.e->>'authorId' = any(${ids(c.platformUserIds)}))`);
    }
  },
  deliveries: (db, c) =>
    db.execute(
      sql`update deliveries set error = null where community_id = ${c.communityId} and member_id = ${c.memberId}`,
    ),
  coupons: 'keep',
  checkout_intents: 'delete',
  refunds: 'keep',
  // Published with the asker's consent as anonymous Q&A; staff references are cleared below.
  faq_entries: 'keep',
  // The member's own chat messages saved to the library (their words, under their name) go.
  library_entries: (db, c) =>
    db.execute(sql`delete from library_entries where community_id = ${c.communityId} and author_id = ${c.memberId}`),
  // Dates and points derived from contributions, questions and introductions (kept by triggers): ids only.
  member_activity: 'keep',
  disputes: (db, c) =>
    db.execute(
      sql`update disputes set reason = '' where community_id = ${c.communityId} and member_id = ${c.memberId}`,
    ),
};

/** Tables erased through the member's platform ids rather than a member reference (no foreign key). */
const PLATFORM_ID_RULES: Readonly<Record<string, Rule>> = {
  dm_channels: (db, c) =>
    db.execute(sql`delete from dm_channels where platform_user_id = any(${ids(c.platformUserIds)})`),
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  // Bytes (a profile's stored sentence meaning) in Postgres's own hex form, not a JSON array of numbers.
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return value;
}

/** Member data rights on PostgreSQL: the export and the erasure are derived from the schema's references. */
export class DrizzlePrivacyRepository implements PrivacyRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async collectMemberData(communityId: string, memberId: string): Promise<MemberData> {
    const db = this.db();
    const out: Record<string, Row[]> = {};
    const accounts = await this.platformUserIds(communityId, memberId);
    for (const ref of memberReferences()) {
      const matches = ref.columns.map((c) => sql`${sql.identifier(c.name)} = ${memberId}`);
      const platformColumn = PLATFORM_ID_TABLES[ref.table];
      if (platformColumn && accounts.length > 0) {
        matches.push(sql`${sql.identifier(platformColumn)} = any(${ids(accounts)})`);
      }
      const scope = ref.hasCommunityId ? sql`community_id = ${communityId} and ` : sql``;
      const rows = rowsOf<Row>(
        await db.execute(
          sql`select * from ${sql.identifier(ref.table)} where ${scope}(${sql.join(matches, sql` or `)})`,
        ),
      );
      if (rows.length > 0) out[ref.table] = rows.map(exportRow);
    }
    for (const [table, column] of Object.entries(PLATFORM_ID_TABLES)) {
      if (table in out || memberReferences().some((r) => r.table === table) || accounts.length === 0) continue;
      const rows = rowsOf<Row>(
        await db.execute(
          sql`select * from ${sql.identifier(table)} where ${sql.identifier(column)} = any(${ids(accounts)})`,
        ),
      );
      if (rows.length > 0) out[table] = rows.map(exportRow);
    }
    // Staff actions on the member, and the member's own actions, as the audit log records them.
    const audit = rowsOf<Row>(
      await db.execute(sql`select * from audit_entries where community_id = ${communityId}
        and (target_id = ${memberId} or actor_id = ${memberId}) order by at, id`),
    );
    if (audit.length > 0) out.audit_entries = audit.map(exportRow);
    return out;
  }

  async eraseMember(erasure: Erasure): Promise<void> {
    const db = this.db();
    const references = memberReferences();
    const missing = references.filter((r) => !(r.table in ERASURE_RULES)).map((r) => r.table);
    // A table nobody decided about could keep personal data: refuse rather than claim an erasure that is not one.
    if (missing.length > 0) throw new Error(`no erasure rule for table(s): ${missing.join(', ')}`);
    const { communityId, memberId } = erasure;
    const platformUserIds = await this.platformUserIds(communityId, memberId);
    const [member] = rowsOf<{ handle: string; display_name: string; email: string | null }>(
      await db.execute(
        sql`select handle, display_name, email from members where community_id = ${communityId} and id = ${memberId}`,
      ),
    );
    const personal = [member?.handle, member?.display_name, member?.email, ...platformUserIds].filter(
      (v): v is string => typeof v === 'string' && v.length >= 3,
    );
    const ctx: ErasureContext = {
      communityId,
      memberId,
      placeholderHandle: erasure.placeholderHandle,
      at: erasure.at,
      platformUserIds,
      patterns: personal.map(likePattern),
    };
    // The audit log's free-form before/after may quote the member (a profile edit, an application): drop those.
    await db.execute(sql`update audit_entries set before = null, after = null where community_id = ${communityId}
      and (target_id = ${memberId} or actor_id = ${memberId}
        or before::text ilike any(${ids(ctx.patterns)}) or after::text ilike any(${ids(ctx.patterns)}))`);
    if (platformUserIds.length > 0) for (const rule of Object.values(PLATFORM_ID_RULES)) await rule(db, ctx);
    const present = new Set(references.map((r) => r.table));
    for (const [table, rule] of Object.entries(ERASURE_RULES)) {
      if (!present.has(table) || rule === 'keep') continue;
      if (rule === 'delete') {
        await db.execute(
          sql`delete from ${sql.identifier(table)} where community_id = ${communityId} and member_id = ${memberId}`,
        );
      } else {
        await rule(db, ctx);
      }
    }
    // Other members' rows keep their history but stop pointing at the person where the column allows it.
    for (const ref of references) {
      if (ref.table === 'members') continue;
      for (const column of ref.columns.filter((c) => c.nullable)) {
        const scope = ref.hasCommunityId ? sql`community_id = ${communityId} and ` : sql``;
        await db.execute(
          sql`update ${sql.identifier(ref.table)} set ${sql.identifier(column.name)} = null
            where ${scope}${sql.identifier(column.name)} = ${memberId}`,
        );
      }
    }
  }

  async createExportLink(link: ExportLink): Promise<void> {
    const inserted = await this.db()
      .insert(privacyExportLinks)
      .values(link)
      .onConflictDoNothing()
      .returning({ tokenHash: privacyExportLinks.tokenHash });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async useExportLink(tokenHash: string, now: Date): Promise<ExportLink | null> {
    // One statement: two racing downloads cannot both win.
    const [row] = await this.db()
      .update(privacyExportLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(privacyExportLinks.tokenHash, tokenHash),
          isNull(privacyExportLinks.usedAt),
          gt(privacyExportLinks.expiresAt, now),
        ),
      )
      .returning();
    return row ?? null;
  }

  async createErasure(request: ErasureRequest): Promise<void> {
    await this.db().insert(privacyErasures).values(request);
  }

  async getErasure(communityId: string, id: string): Promise<ErasureRequest | null> {
    const [row] = await this.db()
      .select()
      .from(privacyErasures)
      .where(and(eq(privacyErasures.communityId, communityId), eq(privacyErasures.id, id)));
    return row ?? null;
  }

  async pendingErasureOf(communityId: string, memberId: string): Promise<ErasureRequest | null> {
    const [row] = await this.db()
      .select()
      .from(privacyErasures)
      .where(
        and(
          eq(privacyErasures.communityId, communityId),
          eq(privacyErasures.memberId, memberId),
          eq(privacyErasures.status, 'pending'),
        ),
      )
      .limit(1);
    return row ?? null;
  }

  async updateErasure(request: ErasureRequest): Promise<void> {
    await this.db()
      .update(privacyErasures)
      .set({ status: request.status, completedAt: request.completedAt, dueAt: request.dueAt })
      .where(and(eq(privacyErasures.communityId, request.communityId), eq(privacyErasures.id, request.id)));
  }

  async dueErasures(now: Date, limit: number): Promise<ErasureRequest[]> {
    return this.db()
      .select()
      .from(privacyErasures)
      .where(and(eq(privacyErasures.status, 'pending'), lte(privacyErasures.dueAt, now)))
      .orderBy(asc(privacyErasures.dueAt), asc(privacyErasures.id))
      .limit(limit);
  }

  private async platformUserIds(communityId: string, memberId: string): Promise<string[]> {
    const rows = await this.db()
      .select({ id: platformAccounts.platformUserId })
      .from(platformAccounts)
      .where(and(eq(platformAccounts.communityId, communityId), eq(platformAccounts.memberId, memberId)));
    return rows.map((r) => r.id);
  }
}

function exportRow(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, isSecretColumn(key) ? '[not exported]' : plain(value)]),
  );
}
