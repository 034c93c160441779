import type {
  Member,
  MemberListQuery,
  MemberQuery,
  MemberRepository,
  MemberWithLatestEnd,
  PageRequest,
} from '@snowball/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  max,
  ne,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { members, membershipPeriods } from '../schema/index.js';
import { byteOrder, contains, isUuid, orEmpty, uniqueViolation } from './sql-helpers.js';

type Row = typeof members.$inferSelect;

function toMember(row: Row): Member {
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
    const ends = this.db()
      .select({ memberId: membershipPeriods.memberId, latestEnd: max(membershipPeriods.endsAt).as('latest_end') })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.communityId, communityId))
      .groupBy(membershipPeriods.memberId)
      .as('ends');
    const needle = query.search?.trim().toLowerCase();
    const bounds = query.latestEnd;
    const conditions: (SQL | undefined)[] = [eq(members.communityId, communityId), isNull(members.deletedAt)];
    if (needle) {
      conditions.push(
        or(
          contains(members.handleLower, needle),
          contains(members.displayNameLower, needle),
          contains(orEmpty(members.emailLower), needle),
        ),
      );
    }
    if (bounds === 'none') conditions.push(isNull(ends.latestEnd));
    else if (bounds) {
      conditions.push(isNotNull(ends.latestEnd));
      // An aggregate is not a column, so drizzle does not encode Dates for it: send ISO text instead.
      if (bounds.after) conditions.push(sql`${ends.latestEnd} > ${bounds.after.toISOString()}::timestamptz`);
      if (bounds.notAfter) conditions.push(sql`${ends.latestEnd} <= ${bounds.notAfter.toISOString()}::timestamptz`);
    }
    const where = and(...conditions);
    const rows = await this.db()
      .select({ member: members, latestEnd: ends.latestEnd })
      .from(members)
      .leftJoin(ends, eq(ends.memberId, members.id))
      .where(where)
      .orderBy(desc(members.createdAt), desc(members.id))
      .limit(page.limit)
      .offset(page.offset);
    const [counted] = await this.db()
      .select({ total: count() })
      .from(members)
      .leftJoin(ends, eq(ends.memberId, members.id))
      .where(where);
    const items: MemberWithLatestEnd[] = rows.map((row) => ({
      member: toMember(row.member),
      latestEnd: row.latestEnd === null ? null : new Date(row.latestEnd),
    }));
    return { items, total: counted?.total ?? 0 };
  }

  async getMany(communityId: string, ids: readonly string[]) {
    const wanted = ids.filter((id) => isUuid(id));
    if (!isUuid(communityId) || wanted.length === 0) return [];
    const rows = await this.db()
      .select()
      .from(members)
      .where(and(eq(members.communityId, communityId), inArray(members.id, wanted)))
      .orderBy(asc(members.id));
    return rows.map(toMember);
  }
}
