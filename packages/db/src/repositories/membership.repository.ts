import type { MembershipPeriod, MembershipRepository } from '@snowball/core';
import { and, asc, eq, gt, lte, max, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { members, membershipPeriods } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof membershipPeriods.$inferSelect;

function toPeriod(row: Row): MembershipPeriod {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    kind: row.kind,
    paymentId: row.paymentId,
    createdAt: row.createdAt,
  };
}

/** Membership periods in PostgreSQL. */
export class DrizzleMembershipRepository implements MembershipRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async add(period: MembershipPeriod) {
    const inserted = await this.db()
      .insert(membershipPeriods)
      .values(toPeriod(period))
      .onConflictDoNothing()
      .returning({ id: membershipPeriods.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async endPeriod(communityId: string, periodId: string, at: Date) {
    if (!isUuid(communityId, periodId)) return;
    const where = and(eq(membershipPeriods.communityId, communityId), eq(membershipPeriods.id, periodId));
    // One statement, so a period that had not started yet is emptied in the same write as its new end.
    await this.db()
      .update(membershipPeriods)
      .set({
        endsAt: at,
        startsAt: sql`least(${membershipPeriods.startsAt}, ${at.toISOString()}::timestamptz)`,
      })
      .where(where);
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(membershipPeriods)
      .where(and(eq(membershipPeriods.communityId, communityId), eq(membershipPeriods.memberId, memberId)))
      .orderBy(asc(membershipPeriods.startsAt), asc(membershipPeriods.id));
    return rows.map(toPeriod);
  }

  async latestEnds(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select({ memberId: membershipPeriods.memberId, endsAt: max(membershipPeriods.endsAt) })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.communityId, communityId))
      .groupBy(membershipPeriods.memberId)
      .orderBy(asc(membershipPeriods.memberId));
    return rows.map((row) => ({ memberId: row.memberId, endsAt: new Date(row.endsAt ?? 0) }));
  }

  async latestEndsBetween(communityId: string, after: Date, upTo: Date) {
    if (!isUuid(communityId)) return [];
    // members.latest_end is kept equal to the latest period end by a trigger, and indexed with the club.
    const rows = await this.db()
      .select({ memberId: members.id, endsAt: members.latestEnd })
      .from(members)
      .where(and(eq(members.communityId, communityId), gt(members.latestEnd, after), lte(members.latestEnd, upTo)))
      .orderBy(asc(members.latestEnd), asc(members.id));
    return rows.map((row) => ({ memberId: row.memberId, endsAt: row.endsAt as Date }));
  }
}
