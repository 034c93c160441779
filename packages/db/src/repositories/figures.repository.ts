import type { ClubFiguresRepository, StatusBands } from '@snowball/core';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { contributions, deals, introductions, members } from '../schema/index.js';
import { latestEndCount } from './member-tallies.js';
import { inUuids, isUuid, rowsOf } from './sql-helpers.js';

/** A Date as a timestamptz parameter (raw SQL does not know the column type to encode it). */
const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * The dashboard's aggregates in SQL: one statement each, over maintained summaries (`members.latest_end` and the
 * daily `member_tallies`, kept by triggers) and indexed columns, so the cost barely grows with the club.
 */
export class DrizzleClubFiguresRepository implements ClubFiguresRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  private async one<T>(query: ReturnType<typeof sql>): Promise<T> {
    const [row] = rowsOf<T>(await this.db().execute(query));
    if (!row) throw new Error('aggregate returned no row');
    return row;
  }

  async membershipCounts(communityId: string, bands: StatusBands) {
    if (!isUuid(communityId)) return { none: 0, active: 0, expiring: 0, grace: 0, lapsed: 0 };
    // From the daily tallies (see member-tallies.ts): a few hundred rows whatever the club's size.
    const band = (after: Date | null, notAfter: Date | null) => latestEndCount(communityId, { after, notAfter });
    return this.one<{ none: number; active: number; expiring: number; grace: number; lapsed: number }>(sql`
      select
        ${latestEndCount(communityId, 'none')}::int as "none",
        ${band(bands.expiringFrom, null)}::int as "active",
        ${band(bands.now, bands.expiringFrom)}::int as "expiring",
        ${band(bands.graceFrom, bands.now)}::int as "grace",
        ${band(null, bands.graceFrom)}::int as "lapsed"`);
  }

  async renewalsDue(communityId: string, from: Date, to: Date, limit: number) {
    if (!isUuid(communityId)) return { total: 0, next: [] };
    const where = sql`${members.communityId} = ${communityId} and ${members.deletedAt} is null
      and ${members.latestEnd} > ${ts(from)} and ${members.latestEnd} <= ${ts(to)}`;
    const [counted, rows] = await Promise.all([
      this.one<{ total: number }>(
        sql`select ${latestEndCount(communityId, { after: from, notAfter: to })}::int as "total"`,
      ),
      this.db().execute(sql`
        select ${members.id} as "memberId", ${members.displayName} as "displayName", ${members.latestEnd} as "endsAt"
        from ${members} where ${where}
        order by ${members.latestEnd}, ${members.id}
        limit ${Math.max(0, Math.trunc(limit))}`),
    ]);
    return {
      total: counted.total,
      next: rowsOf<{ memberId: string; displayName: string; endsAt: string | Date }>(rows).map((r) => ({
        memberId: r.memberId,
        displayName: r.displayName,
        endsAt: new Date(r.endsAt),
      })),
    };
  }

  async withAccessAmong(communityId: string, memberIds: readonly string[], accessAfter: Date) {
    const ids = memberIds.filter((id) => isUuid(id));
    if (!isUuid(communityId) || ids.length === 0) return [];
    const rows = await this.db()
      .select({ id: members.id })
      .from(members)
      .where(
        and(
          eq(members.communityId, communityId),
          isNull(members.deletedAt),
          gt(members.latestEnd, accessAfter),
          inUuids(members.id, ids),
        ),
      );
    return rows.map((r) => r.id);
  }

  async contributorsWithAccess(communityId: string, accessAfter: Date, from: Date, to: Date) {
    if (!isUuid(communityId)) return { members: 0, contributors: 0 };
    // Members whose latest contribution (members.last_contributed_at, kept by a trigger on contributions) is in the
    // window: one range of an index that also holds the latest end, so no row is visited per contributor. A latest
    // contribution at or after `to` (a window that ends in the past) is checked against the contributions themselves.
    return this.one<{ members: number; contributors: number }>(sql`
      select
        ${latestEndCount(communityId, { after: accessAfter, notAfter: null })}::int as "members",
        (select count(*)::int from ${members}
          where ${members.communityId} = ${communityId} and ${members.deletedAt} is null
            and ${members.lastContributedAt} is not null and ${members.lastContributedAt} >= ${ts(from)}
            and ${members.latestEnd} > ${ts(accessAfter)}
            and (${members.lastContributedAt} < ${ts(to)} or exists (select 1 from ${contributions}
              where ${contributions.communityId} = ${communityId} and ${contributions.memberId} = ${members.id}
                and ${contributions.at} >= ${ts(from)} and ${contributions.at} < ${ts(to)}))) as "contributors"`);
  }

  async introductionCounts(communityId: string, from: Date, to: Date) {
    if (!isUuid(communityId)) return { made: 0, declined: 0, proposed: 0 };
    const i = introductions;
    const created = sql`${i.createdAt} >= ${ts(from)} and ${i.createdAt} <= ${ts(to)}`;
    const introducedAt = sql`coalesce(${i.introducedAt}, ${i.createdAt})`;
    return this.one<{ made: number; declined: number; proposed: number }>(sql`
      select
        count(*) filter (where ${i.status} = 'introduced' and ${introducedAt} >= ${ts(from)} and ${introducedAt} <= ${ts(to)})::int as "made",
        count(*) filter (where ${i.status} = 'declined' and ${created})::int as "declined",
        count(*) filter (where ${i.status} = 'proposed' and ${created})::int as "proposed"
      from ${i}
      where ${i.communityId} = ${communityId}
        and (${i.createdAt} >= ${ts(from)} or ${i.introducedAt} >= ${ts(from)})`);
  }

  async dealTotals(communityId: string, from: Date, to: Date) {
    if (!isUuid(communityId)) return { count: 0, totals: [] };
    const rows = rowsOf<{ currency: string; amountMinor: string | number; count: number }>(
      await this.db().execute(sql`
        select ${deals.currency} as "currency", sum(${deals.amountMinor}) as "amountMinor", count(*)::int as "count"
        from ${deals}
        where ${deals.communityId} = ${communityId} and ${deals.closedAt} >= ${ts(from)} and ${deals.closedAt} <= ${ts(to)}
        group by ${deals.currency}
        order by ${deals.currency} collate "C"`),
    );
    const totals = rows.map((r) => ({ currency: r.currency, amountMinor: Number(r.amountMinor), count: r.count }));
    return { count: totals.reduce((n, t) => n + t.count, 0), totals };
  }
}
