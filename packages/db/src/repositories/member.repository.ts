import {
  directoryIndex,
  type Member,
  type MemberListQuery,
  type MemberQuery,
  type MemberRepository,
  type MemberWithLatestEnd,
  type PageRequest,
} from '@snowball/core';
import { and, asc, count, desc, eq, gt, isNotNull, isNull, lte, ne, notExists, or, type SQL, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { members, profiles } from '../schema/index.js';
import { latestEndCount } from './member-tallies.js';
import {
  asUniqueViolation,
  byteOrder,
  contains,
  inUuids,
  isUuid,
  likeText,
  orEmpty,
  rowsOf,
  uniqueViolation,
} from './sql-helpers.js';

type Row = typeof members.$inferSelect;

export function toMember(row: Row): Member {
  return {
    id: row.id,
    communityId: row.communityId,
    handle: row.handle,
    displayName: row.displayName,
    email: row.email,
    locale: row.locale,
    timezone: row.timezone,
    reminderLeadMinutes: row.reminderLeadMinutes,
    remindersMuted: row.remindersMuted,
    matchingExcluded: row.matchingExcluded,
    // Absent unless the member chose (as the in-memory twin keeps it): every linked platform.
    ...(row.notifyPlatforms && row.notifyPlatforms.length > 0 ? { notifyPlatforms: row.notifyPlatforms } : {}),
    notes: row.notes,
    createdAt: row.createdAt,
    deletedAt: row.deletedAt,
  };
}

// Lowercasing happens here in JS, not with SQL lower(), whose result depends on the database's locale.
function toRow(member: Member): typeof members.$inferInsert {
  return {
    id: member.id,
    communityId: member.communityId,
    handle: member.handle,
    displayName: member.displayName,
    email: member.email,
    locale: member.locale,
    timezone: member.timezone,
    reminderLeadMinutes: member.reminderLeadMinutes,
    remindersMuted: member.remindersMuted,
    matchingExcluded: member.matchingExcluded,
    notifyPlatforms: member.notifyPlatforms && member.notifyPlatforms.length > 0 ? [...member.notifyPlatforms] : null,
    notes: member.notes,
    createdAt: member.createdAt,
    deletedAt: member.deletedAt,
    handleLower: member.handle.toLowerCase(),
    displayNameLower: member.displayName.toLowerCase(),
    emailLower: member.email?.toLowerCase() ?? null,
  };
}

/** People known to a club, in PostgreSQL. */
export class DrizzleMemberRepository implements MemberRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(member: Member) {
    const inserted = await this.db()
      .insert(members)
      .values(toRow(member))
      .onConflictDoNothing()
      .returning({ id: members.id });
    if (inserted.length === 0) {
      throw uniqueViolation((await this.getByHandle(member.communityId, member.handle)) ? 'handle' : 'id');
    }
  }

  async update(member: Member) {
    if (!isUuid(member.id, member.communityId)) return;
    // The NOT EXISTS keeps a handle clash from failing (and aborting) the transaction; it is reported below.
    const handleTaken = this.db()
      .select({ id: members.id })
      .from(members)
      .where(
        and(eq(members.communityId, member.communityId), eq(members.handle, member.handle), ne(members.id, member.id)),
      );
    const updated = await this.db()
      .update(members)
      .set(toRow(member))
      .where(and(eq(members.id, member.id), eq(members.communityId, member.communityId), notExists(handleTaken)))
      .returning({ id: members.id });
    if (updated.length === 0 && (await this.get(member.communityId, member.id))) throw uniqueViolation('handle');
    if (updated.length > 0) await this.reindexProfile(member);
  }

  /** The directory index of the member's profile holds their name and handle: compute it again. */
  private async reindexProfile(member: Member) {
    const [profile] = await this.db()
      .select({
        company: profiles.company,
        role: profiles.role,
        industry: profiles.industry,
        region: profiles.region,
        skills: profiles.skills,
        offers: profiles.offers,
        needs: profiles.needs,
      })
      .from(profiles)
      .where(and(eq(profiles.communityId, member.communityId), eq(profiles.memberId, member.id)));
    if (!profile) return;
    const index = directoryIndex(profile, member);
    await this.db()
      .update(profiles)
      .set({ searchKeys: [...index.keys], searchText: index.text, searchVersion: index.version })
      .where(and(eq(profiles.communityId, member.communityId), eq(profiles.memberId, member.id)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.id, id)));
    return row ? toMember(row) : null;
  }

  async getByHandle(communityId: string, handle: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.handle, handle)));
    return row ? toMember(row) : null;
  }

  async getReferralCode(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return null;
    const [row] = await this.db()
      .select({ code: members.referralCode })
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.id, memberId)));
    return row?.code ?? null;
  }

  async setReferralCode(communityId: string, memberId: string, code: string) {
    if (!isUuid(communityId, memberId)) return;
    try {
      await this.db()
        .update(members)
        .set({ referralCode: code })
        .where(and(eq(members.communityId, communityId), eq(members.id, memberId), isNull(members.referralCode)));
    } catch (error) {
      if (asUniqueViolation(error)) throw uniqueViolation('referral code');
      throw error;
    }
  }

  async getByReferralCode(communityId: string, code: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.referralCode, code), isNull(members.deletedAt)));
    return row ? toMember(row) : null;
  }

  async getByEmail(communityId: string, email: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), eq(members.email, email.toLowerCase())))
      .orderBy(asc(members.createdAt), asc(members.id))
      .limit(1);
    return row ? toMember(row) : null;
  }

  async list(communityId: string, query: MemberQuery, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const needle = query.search?.toLowerCase();
    const where = and(
      eq(members.communityId, communityId),
      isNull(members.deletedAt),
      needle
        ? or(
            contains(members.handleLower, needle),
            contains(members.displayNameLower, needle),
            contains(orEmpty(members.email), needle),
          )
        : undefined,
    );
    const rows = await this.db()
      .select()
      .from(members)
      .where(where)
      .orderBy(byteOrder(members.displayNameLower), asc(members.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db().select({ total: count() }).from(members).where(where);
    return { items: rows.map(toMember), total: counted?.total ?? 0 };
  }

  async listIds(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.communityId, communityId), isNull(members.deletedAt)))
      .orderBy(asc(members.id));
    return rows.map((row) => row.id);
  }

  async listWithLatestEnd(communityId: string, query: MemberListQuery, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    // members.latest_end is kept by a trigger on membership_periods (see the migrations): one indexed column.
    const needle = query.search?.trim().toLowerCase();
    const bounds = query.latestEnd;
    const conditions: (SQL | undefined)[] = [eq(members.communityId, communityId), isNull(members.deletedAt)];
    if (needle) {
      conditions.push(
        or(
          likeText(members.handleLower, needle),
          likeText(members.displayNameLower, needle),
          likeText(members.emailLower, needle),
        ),
      );
    }
    if (bounds === 'none') conditions.push(isNull(members.latestEnd));
    else if (bounds) {
      conditions.push(isNotNull(members.latestEnd));
      if (bounds.after) conditions.push(gt(members.latestEnd, bounds.after));
      if (bounds.notAfter) conditions.push(lte(members.latestEnd, bounds.notAfter));
    }
    const where = and(...conditions);
    const after = query.after && isUuid(query.after.id) ? query.after : null;
    const pageWhere = after
      ? and(
          where,
          sql`(${members.createdAt}, ${members.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`,
        )
      : where;
    const [rows, counted] = await Promise.all([
      this.db()
        .select()
        .from(members)
        .where(pageWhere)
        .orderBy(desc(members.createdAt), desc(members.id))
        .limit(page.limit)
        .offset(page.offset),
      // Without a search, the daily tallies give the count without visiting every member.
      needle
        ? this.db().select({ total: count() }).from(members).where(where)
        : this.db()
            .execute(
              sql`select ${latestEndCount(
                communityId,
                bounds === undefined
                  ? 'all'
                  : bounds === 'none'
                    ? 'none'
                    : { after: bounds.after ?? null, notAfter: bounds.notAfter ?? null },
              )}::int as "total"`,
            )
            .then((result) => rowsOf<{ total: number }>(result)),
    ]);
    const items: MemberWithLatestEnd[] = rows.map((row) => ({ member: toMember(row), latestEnd: row.latestEnd }));
    return { items, total: counted[0]?.total ?? 0 };
  }

  async getMany(communityId: string, ids: readonly string[]) {
    const wanted = ids.filter((id) => isUuid(id));
    if (!isUuid(communityId) || wanted.length === 0) return [];
    const rows = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), inUuids(members.id, wanted)))
      .orderBy(asc(members.id));
    return rows.map(toMember);
  }
}
