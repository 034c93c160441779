import { type SQL, sql } from 'drizzle-orm';
import { members, memberTallies } from '../schema/index.js';

const DAY = 86_400_000;

/** The UTC day (YYYY-MM-DD) of an instant, as the tally trigger computes `end_day`. */
function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The first instant of the day after `at` (UTC). */
function nextDayStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY) * DAY + DAY);
}

/** The first instant of the day of `at` (UTC). */
function dayStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY) * DAY);
}

const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/** Exact count of current members of the club with a latest end between two instants (`>`/`>=`, `<`/`<=`). */
function exact(communityId: string, from: Date, fromOp: '>' | '>=', to: Date, toOp: '<' | '<='): SQL {
  return sql`(select count(*) from ${members} where ${members.communityId} = ${communityId}
    and ${members.deletedAt} is null and ${members.latestEnd} ${sql.raw(fromOp)} ${ts(from)}
    and ${members.latestEnd} ${sql.raw(toOp)} ${ts(to)})`;
}

/** Sum of the tallies of whole days strictly between `after` and `before` (dates; null: unbounded). */
function tallied(communityId: string, after: string | null, before: string | null): SQL {
  return sql`(select coalesce(sum(${memberTallies.members}), 0) from ${memberTallies}
    where ${memberTallies.communityId} = ${communityId}
    and ${memberTallies.endDay} > ${after === null ? sql`'-infinity'::date` : sql`${after}::date`}
    ${before === null ? sql`` : sql`and ${memberTallies.endDay} < ${before}::date`})`;
}

/**
 * An SQL expression (bigint) counting the current members of a club whose latest membership end is in
 * (after, notAfter] — either bound may be null (unbounded; members without any period never count) — from
 * the daily tallies, plus exact counts over the at most two partial days at the edges. `none` counts members
 * without any period, `all` every current member.
 */
export function latestEndCount(
  communityId: string,
  band: 'all' | 'none' | { readonly after: Date | null; readonly notAfter: Date | null },
): SQL {
  if (band === 'all') {
    return sql`(select coalesce(sum(${memberTallies.members}), 0) from ${memberTallies}
      where ${memberTallies.communityId} = ${communityId})`;
  }
  if (band === 'none') {
    return sql`(select coalesce(sum(${memberTallies.members}), 0) from ${memberTallies}
      where ${memberTallies.communityId} = ${communityId} and ${memberTallies.endDay} = '-infinity'::date)`;
  }
  const { after, notAfter } = band;
  if (after && notAfter && after.getTime() >= notAfter.getTime()) return sql`0`;
  if (after && notAfter && utcDay(after) === utcDay(notAfter)) return exact(communityId, after, '>', notAfter, '<=');
  const parts: SQL[] = [tallied(communityId, after ? utcDay(after) : null, notAfter ? utcDay(notAfter) : null)];
  if (after) parts.push(exact(communityId, after, '>', nextDayStart(after), '<'));
  if (notAfter) parts.push(exact(communityId, dayStart(notAfter), '>=', notAfter, '<='));
  return sql`(${sql.join(parts, sql` + `)})`;
}
