import {
  ACTIVATION_COHORT_DAYS,
  ACTIVATION_DAYS,
  type AccessStart,
  type Activation,
  AT_RISK_RENEWAL_DAYS,
  AT_RISK_SILENT_DAYS,
  type AtRisk,
  addLocalMonths,
  type Cohort,
  type DealQuarter,
  type IntroducerDeals,
  isLocalDay,
  type LateEvents,
  type MemberYear,
  type MonthCount,
  type ReferralFunnel,
  type ReferralNode,
  type ReferralStage,
  VITALITY_LONG_DAYS,
  VITALITY_SHORT_DAYS,
  type VitalityDay,
  type VitalityRepository,
  type VitalityRules,
} from '@snowball/core';
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import {
  applications,
  contributions,
  deals,
  introductions,
  lessons,
  memberActivity,
  members,
  membershipPeriods,
  profiles,
  questions,
  rsvps,
  vitalityDays,
  vitalityLateEvents,
} from '../schema/index.js';
import { isUuid, rowsOf } from './sql-helpers.js';

/**
 * The daily vitality summary in SQL. `summarizeDays` is ONE statement for a range of days: the members with
 * access per day (from membership periods), the local days each member gave and took (from the ledger,
 * questions, introductions and RSVPs, grouped once), joined per day and counted, then upserted. One day with
 * nothing given or taken after it (today, for the hourly job) is one indexed aggregate over `member_activity`
 * (each member's last gave / took, kept by triggers) instead. Reads are a primary-key range.
 */
export class DrizzleVitalityRepository implements VitalityRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async summarizeDays(communityId: string, fromDay: string, toDay: string, rules: VitalityRules) {
    if (!isUuid(communityId) || !isLocalDay(fromDay) || !isLocalDay(toDay) || fromDay > toDay) return 0;
    if (fromDay === toDay && (await this.summarizeLatestDay(communityId, toDay, rules))) return 1;
    const tz = rules.timezone;
    const c = communityId;
    const grace = Math.max(0, Math.trunc(rules.graceDays));
    const short = VITALITY_SHORT_DAYS;
    const long = VITALITY_LONG_DAYS;
    const from = sql`${fromDay}::date`;
    const to = sql`${toDay}::date`;
    const local = (col: unknown) => sql`((${col} at time zone ${tz})::date)`;
    /** Merges a member's days (`src`: member_id, day) into runs of coverage: each day covers itself and the next `span − 1`. */
    const runs = (src: string, span: number) => sql`
      select member_id, min(day) as s, max(day) + ${span - 1}::int as e from (
        select member_id, day, sum(brk) over (partition by member_id order by day) as run from (
          select member_id, day,
            case when day - lag(day) over (partition by member_id order by day) <= ${span}::int then 0 else 1 end as brk
          from ${sql.raw(src)}) x) y
      group by member_id, run`;
    /** Where two sets of per-member day ranges overlap (each set is disjoint per member, so are the overlaps). */
    const overlap = (a: string, b: string) => sql`
      select ${sql.raw(a)}.member_id, greatest(${sql.raw(a)}.s, ${sql.raw(b)}.s) as s, least(${sql.raw(a)}.e, ${sql.raw(b)}.e) as e
      from ${sql.raw(a)} join ${sql.raw(b)} on ${sql.raw(b)}.member_id = ${sql.raw(a)}.member_id
        and ${sql.raw(b)}.s <= ${sql.raw(a)}.e and ${sql.raw(a)}.s <= ${sql.raw(b)}.e`;
    // Each figure is a set of per-member day ranges; a day's count is how many ranges cover it: +1 where a range
    // starts, −1 the day after it ends, summed over the days in order. The work grows with the ledger rows of
    // the range (plus the 89 days before it) and the members, not with members × days.
    const rows = await this.db().execute(sql`
      with bounds as (
        select ((${from} - ${long - 1}::int)::timestamp at time zone ${tz}) as lo,
          ((${to} + 1)::timestamp at time zone ${tz}) as hi
      ),
      gave as (
        select x.member_id, ${local(sql`x.at`)} as day
        from ${contributions} x, bounds
        where x.community_id = ${c} and x.at >= bounds.lo and x.at < bounds.hi
        group by 1, 2
      ),
      took as (
        select t.member_id, ${local(sql`t.at`)} as day from (
          select q.member_id, q.created_at as at from ${questions} q, bounds
            where q.community_id = ${c} and q.created_at >= bounds.lo and q.created_at < bounds.hi
          union all
          select i.member_a, i.introduced_at from ${introductions} i, bounds
            where i.community_id = ${c} and i.status = 'introduced'
              and i.introduced_at >= bounds.lo and i.introduced_at < bounds.hi
          union all
          select i.member_b, i.introduced_at from ${introductions} i, bounds
            where i.community_id = ${c} and i.status = 'introduced'
              and i.introduced_at >= bounds.lo and i.introduced_at < bounds.hi
          union all
          select r.member_id, l.starts_at from ${rsvps} r
            join ${lessons} l on l.id = r.lesson_id, bounds
            where r.community_id = ${c} and l.community_id = ${c} and r.status = 'going'
              and r.attended is not false and l.status <> 'cancelled'
              and l.starts_at >= bounds.lo and l.starts_at < bounds.hi
        ) t
        group by 1, 2
      ),
      -- Access at the end of day D: started before D+1 began, and ended (plus grace) after D+1 began.
      periods as (
        select p.member_id, ${local(sql`p.starts_at`)} as s,
          ${local(sql`(p.ends_at + make_interval(days => ${grace}::int) - interval '1 microsecond')`)} - 1 as e
        from ${membershipPeriods} p
        join ${members} m on m.id = p.member_id and m.deleted_at is null, bounds
        where p.community_id = ${c} and p.starts_at < bounds.hi
          and p.ends_at + make_interval(days => ${grace}::int) > ((${from} + 1)::timestamp at time zone ${tz})
      ),
      access as (
        select member_id, min(s) as s, max(e) as e from (
          select member_id, s, e, sum(brk) over (partition by member_id order by s, e) as run from (
            select member_id, s, e,
              case when s <= max(e) over (partition by member_id order by s, e
                rows between unbounded preceding and 1 preceding) + 1 then 0 else 1 end as brk
            from periods where s <= e) x) y
        group by member_id, run
      ),
      gave_short as (${runs('gave', short)}),
      gave_long as (${runs('gave', long)}),
      took_short as (${runs('took', short)}),
      -- A contributor is new for the 30 days from their first contribution ever.
      firsts as (
        select f.member_id, f.s, f.s + ${short - 1}::int as e
        from (select member_id, min(day) as s from gave group by 1) f, bounds
        where not exists (select 1 from ${contributions} x
          where x.community_id = ${c} and x.member_id = f.member_id and x.at < bounds.lo)
      ),
      c30 as (${overlap('access', 'gave_short')}),
      c90 as (${overlap('access', 'gave_long')}),
      t30 as (${overlap('access', 'took_short')}),
      t30g as (${overlap('t30', 'gave_short')}),
      n30 as (${overlap('access', 'firsts')}),
      ranges as (
        select 'm' as k, s, e from access
        union all select 'c30', s, e from c30
        union all select 'c90', s, e from c90
        union all select 't30', s, e from t30
        union all select 't30g', s, e from t30g
        union all select 'n30', s, e from n30
      ),
      deltas as (
        select k, day, sum(d)::int as d from (
          select k, greatest(s, ${from}) as day, 1 as d from ranges where e >= ${from} and s <= ${to}
          union all
          select k, e + 1, -1 from ranges where e >= ${from} and e < ${to}
        ) z
        group by k, day
      ),
      per_day as (
        select day,
          coalesce(sum(d) filter (where k = 'm'), 0) as m,
          coalesce(sum(d) filter (where k = 'c30'), 0) as c30,
          coalesce(sum(d) filter (where k = 'c90'), 0) as c90,
          coalesce(sum(d) filter (where k = 't30'), 0) - coalesce(sum(d) filter (where k = 't30g'), 0) as t30,
          coalesce(sum(d) filter (where k = 'n30'), 0) as n30
        from deltas group by day
      ),
      days as (
        select d::date as day from generate_series(${from}, ${to}, interval '1 day') d
      )
      insert into ${vitalityDays} (community_id, day, members, contributors_30, contributors_90, takers_30,
        new_contributors_30, computed_at)
      select ${c}, days.day,
        (sum(coalesce(p.m, 0)) over w)::int,
        (sum(coalesce(p.c30, 0)) over w)::int,
        (sum(coalesce(p.c90, 0)) over w)::int,
        (sum(coalesce(p.t30, 0)) over w)::int,
        (sum(coalesce(p.n30, 0)) over w)::int,
        now()
      from days left join per_day p on p.day = days.day
      window w as (order by days.day)
      on conflict (community_id, day) do update set
        members = excluded.members, contributors_30 = excluded.contributors_30,
        contributors_90 = excluded.contributors_90, takers_30 = excluded.takers_30,
        new_contributors_30 = excluded.new_contributors_30, computed_at = excluded.computed_at, final = false
      returning day`);
    return rowsOf(rows).length;
  }

  /**
   * One day's summary from each member's last gave / took (`member_activity`) when nothing was given or taken
   * after the day (then "gave in the last 30 days" is "last gave in them"); lesson attendance is read live (a
   * lesson's RSVPs in the window). Returns false, writing nothing, when the day is not the latest.
   */
  private async summarizeLatestDay(communityId: string, day: string, rules: VitalityRules): Promise<boolean> {
    const tz = rules.timezone;
    const c = communityId;
    const grace = Math.max(0, Math.trunc(rules.graceDays));
    const a = memberActivity;
    const rows = await this.db().execute(sql`
      with b as (
        select ((${day}::date - ${VITALITY_SHORT_DAYS - 1}::int)::timestamp at time zone ${tz}) as lo30,
          ((${day}::date - ${VITALITY_LONG_DAYS - 1}::int)::timestamp at time zone ${tz}) as lo90,
          ((${day}::date + 1)::timestamp at time zone ${tz}) as hi
      ),
      latest as (
        select not exists (select 1 from ${a} x, b where x.community_id = ${c} and x.last_gave_at >= b.hi)
          and not exists (select 1 from ${a} x, b where x.community_id = ${c} and x.last_took_at >= b.hi) as ok
      ),
      access as (
        select distinct p.member_id from ${membershipPeriods} p
        join ${members} m on m.id = p.member_id and m.deleted_at is null, b
        where p.community_id = ${c} and p.starts_at < b.hi
          and p.ends_at + make_interval(days => ${grace}::int) > b.hi
      ),
      attended as (
        select distinct r.member_id from ${lessons} l join ${rsvps} r on r.lesson_id = l.id, b
        where l.community_id = ${c} and r.community_id = ${c} and r.status = 'going' and r.attended is not false
          and l.status <> 'cancelled' and l.starts_at >= b.lo30 and l.starts_at < b.hi
      ),
      f as (
        select count(*)::int as m,
          count(*) filter (where x.last_gave_at >= b.lo30)::int as c30,
          count(*) filter (where x.last_gave_at >= b.lo90)::int as c90,
          count(*) filter (where (x.last_gave_at is null or x.last_gave_at < b.lo30)
            and (x.last_took_at >= b.lo30 or t.member_id is not null))::int as t30,
          count(*) filter (where x.first_gave_at >= b.lo30)::int as n30
        from access s
        left join ${a} x on x.member_id = s.member_id
        left join attended t on t.member_id = s.member_id, b
      )
      insert into ${vitalityDays} (community_id, day, members, contributors_30, contributors_90, takers_30,
        new_contributors_30, computed_at)
      select ${c}, ${day}::date, f.m, f.c30, f.c90, f.t30, f.n30, now() from f, latest where latest.ok
      on conflict (community_id, day) do update set
        members = excluded.members, contributors_30 = excluded.contributors_30,
        contributors_90 = excluded.contributors_90, takers_30 = excluded.takers_30,
        new_contributors_30 = excluded.new_contributors_30, computed_at = excluded.computed_at, final = false
      returning day`);
    return rowsOf(rows).length > 0;
  }

  async atRisk(communityId: string, rules: VitalityRules, now: Date): Promise<AtRisk> {
    if (!isUuid(communityId)) return { silentContributors: 0, renewalsWithoutActivity: 0 };
    const c = communityId;
    const grace = Math.max(0, Math.trunc(rules.graceDays));
    const at = sql`${now.toISOString()}::timestamptz`;
    const a = memberActivity;
    // Per member with access: the latest period (its end is the renewal; activity counts from its start).
    const [row] = rowsOf<AtRisk>(
      await this.db().execute(sql`
        with per as (
          select p.member_id,
            bool_or(p.starts_at <= ${at} and p.ends_at + make_interval(days => ${grace}::int) > ${at}) as access,
            max(p.ends_at) as latest_end,
            (array_agg(p.starts_at order by p.ends_at desc, p.starts_at desc))[1] as latest_start
          from ${membershipPeriods} p
          join ${members} m on m.id = p.member_id and m.deleted_at is null
          where p.community_id = ${c}
          group by p.member_id
        ),
        live as (select member_id, latest_end, latest_start from per where access),
        ranked as (
          select x.last_gave_at, rank() over (order by x.points desc) as r, count(*) over () as n
          from live l join ${a} x on x.member_id = l.member_id
          where x.first_gave_at is not null
        ),
        quiet as (
          select l.member_id, l.latest_start from live l
          left join ${a} x on x.member_id = l.member_id
          where l.latest_end <= ${at} + make_interval(days => ${AT_RISK_RENEWAL_DAYS}::int)
            and (x.last_gave_at is null or x.last_gave_at < l.latest_start)
            and (x.last_took_at is null or x.last_took_at < l.latest_start)
        ),
        attended as (
          select r.member_id, max(le.starts_at) as last_at from ${lessons} le
          join ${rsvps} r on r.lesson_id = le.id
          where le.community_id = ${c} and r.community_id = ${c} and r.status = 'going' and r.attended is not false
            and le.status <> 'cancelled' and le.starts_at <= ${at}
            and le.starts_at >= (select min(latest_start) from quiet)
          group by r.member_id
        )
        select
          (select count(*) from ranked where r <= ceil(n / 4.0)
            and last_gave_at < ${at} - make_interval(days => ${AT_RISK_SILENT_DAYS}::int))::int as "silentContributors",
          (select count(*) from quiet q left join attended t on t.member_id = q.member_id
            where t.last_at is null or t.last_at < q.latest_start)::int as "renewalsWithoutActivity"`),
    );
    return {
      silentContributors: row?.silentContributors ?? 0,
      renewalsWithoutActivity: row?.renewalsWithoutActivity ?? 0,
    };
  }

  async newContributorsByMonth(
    communityId: string,
    rules: VitalityRules,
    fromMonth: string,
    toMonth: string,
  ): Promise<MonthCount[]> {
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    if (!isUuid(communityId) || !month.test(fromMonth) || !month.test(toMonth) || fromMonth > toMonth) return [];
    const tz = rules.timezone;
    const lo = sql`(${`${fromMonth}-01`}::date::timestamp at time zone ${tz})`;
    const hi = sql`(${`${addLocalMonths(toMonth, 1)}-01`}::date::timestamp at time zone ${tz})`;
    const a = memberActivity;
    const rows = await this.db().execute(sql`
      with months as (
        select to_char(g, 'YYYY-MM') as month
        from generate_series(${`${fromMonth}-01`}::date, ${`${toMonth}-01`}::date, interval '1 month') g
      ),
      firsts as (
        select to_char(x.first_gave_at at time zone ${tz}, 'YYYY-MM') as month
        from ${a} x join ${members} m on m.id = x.member_id and m.deleted_at is null
        where x.community_id = ${communityId} and x.first_gave_at >= ${lo} and x.first_gave_at < ${hi}
      )
      select months.month as "month", count(firsts.month)::int as "count"
      from months left join firsts on firsts.month = months.month
      group by months.month
      order by months.month`);
    return rowsOf<MonthCount>(rows).map((r) => ({ month: r.month, count: r.count }));
  }

  async dealsByQuarter(communityId: string, rules: VitalityRules, fromDay: string, toDay: string) {
    if (!isUuid(communityId) || !isLocalDay(fromDay) || !isLocalDay(toDay)) return [];
    const tz = rules.timezone;
    const rows = await this.db().execute(sql`
      select to_char(d.closed_at at time zone ${tz}, 'YYYY-"Q"Q') as "quarter", d.currency as "currency",
        count(*)::int as "count", sum(d.amount_minor)::bigint as "amountMinor"
      from ${deals} d
      where d.community_id = ${communityId}
        and d.closed_at >= (${fromDay}::date::timestamp at time zone ${tz})
        and d.closed_at < ((${toDay}::date + 1)::timestamp at time zone ${tz})
      group by 1, 2
      order by 1, d.currency collate "C"`);
    return rowsOf<Omit<DealQuarter, 'amountMinor'> & { amountMinor: string | number }>(rows).map(
      (r): DealQuarter => ({
        quarter: r.quarter,
        currency: r.currency,
        count: r.count,
        amountMinor: Number(r.amountMinor),
      }),
    );
  }

  async dealsByIntroducer(communityId: string, rules: VitalityRules, fromDay: string, toDay: string, limit: number) {
    if (!isUuid(communityId) || !isLocalDay(fromDay) || !isLocalDay(toDay)) return [];
    const tz = rules.timezone;
    const top = Math.max(0, Math.trunc(limit));
    // One pass over the window's deals joined to their introductions (by primary key): per introducer and currency,
    // the top introducers ranked by their deal count over all currencies, then the matching rounds' row.
    const rows = await this.db().execute(sql`
      with window_deals as (
        select i.introducer_id, d.currency, d.amount_minor
        from ${deals} d
        join ${introductions} i on i.id = d.introduction_id and i.community_id = d.community_id
        where d.community_id = ${communityId}
          and d.closed_at >= (${fromDay}::date::timestamp at time zone ${tz})
          and d.closed_at < ((${toDay}::date + 1)::timestamp at time zone ${tz})
          and (i.introducer_id is not null or i.round_id is not null)
      ),
      ranked as (
        select introducer_id, row_number() over (order by count(*) desc, introducer_id) as "rank"
        from window_deals
        where introducer_id is not null
        group by introducer_id
      )
      select w.introducer_id as "introducerId", w.currency as "currency", count(*)::int as "count",
        sum(w.amount_minor)::bigint as "amountMinor", coalesce(min(r.rank), ${top + 1}) as "rank"
      from window_deals w
      left join ranked r on r.introducer_id = w.introducer_id
      where w.introducer_id is null or r.rank <= ${top}
      group by w.introducer_id, w.currency
      order by 5, w.currency collate "C"`);
    return rowsOf<Omit<IntroducerDeals, 'amountMinor'> & { amountMinor: string | number }>(rows).map(
      (r): IntroducerDeals => ({
        introducerId: r.introducerId ?? null,
        currency: r.currency,
        count: r.count,
        amountMinor: Number(r.amountMinor),
      }),
    );
  }

  async listDays(communityId: string, fromDay: string, toDay: string): Promise<VitalityDay[]> {
    if (!isUuid(communityId) || !isLocalDay(fromDay) || !isLocalDay(toDay)) return [];
    const v = vitalityDays;
    const rows = await this.db()
      .select()
      .from(v)
      .where(and(eq(v.communityId, communityId), gte(v.day, fromDay), lte(v.day, toDay)))
      .orderBy(asc(v.day));
    return rows.map((r) => ({
      day: r.day,
      members: r.members,
      contributors30: r.contributors30,
      contributors90: r.contributors90,
      takers30: r.takers30,
      silent30: r.members - r.contributors30 - r.takers30,
      newContributors30: r.newContributors30,
    }));
  }

  async cohorts(communityId: string, rules: VitalityRules, now: Date): Promise<Cohort[]> {
    if (!isUuid(communityId)) return [];
    const tz = rules.timezone;
    const grace = Math.max(0, Math.trunc(rules.graceDays));
    const at = sql`${now.toISOString()}::timestamptz`;
    const a = memberActivity;
    const graceDays = sql`make_interval(days => ${grace}::int)`;
    // One pass over `member_activity` (each member's cohort facts, kept by triggers on membership periods): the
    // first period's local month; the first year's checkpoint, 12 local months after its start plus the grace days
    // (a member who did not renew is out by then); retained when one of the member's periods, plus grace, covers
    // the checkpoint (a period [s, e) does when it overlaps (checkpoint − grace, checkpoint]); renewal due when the
    // first period's grace is over; contributed when they ever gave. No pass over the periods, no sort, no join.
    const rows = await this.db().execute(sql`
      select to_char(a.first_started_at at time zone ${tz}, 'YYYY-MM') as "month",
        count(*)::int as "members",
        count(*) filter (where k.checkpoint <= ${at})::int as "matured",
        count(*) filter (where k.checkpoint <= ${at}
          and a.access && tstzrange(k.checkpoint - ${graceDays}, k.checkpoint, '(]'))::int as "retained",
        count(*) filter (where a.first_ended_at + ${graceDays} <= ${at})::int as "renewalDue",
        count(*) filter (where a.first_ended_at + ${graceDays} <= ${at} and a.renewed)::int as "renewed",
        count(a.first_gave_at)::int as "contributed"
      from ${a} a
      cross join lateral (select (((a.first_started_at at time zone ${tz}) + interval '12 months') at time zone ${tz})
        + ${graceDays} as checkpoint) k
      where a.community_id = ${communityId} and a.first_started_at is not null
        and not exists (select 1 from ${members} m where m.id = a.member_id and m.deleted_at is not null)
      group by 1
      order by 1`);
    return rowsOf<Cohort>(rows).map((r) => ({ ...r }));
  }

  async referralFunnel(communityId: string, rules: VitalityRules, now: Date): Promise<ReferralFunnel> {
    const empty = { applied: 0, approved: 0, paid: 0, renewalDue: 0, renewed: 0 };
    if (!isUuid(communityId)) return { referred: empty, direct: empty };
    const grace = Math.max(0, Math.trunc(rules.graceDays));
    const rows = rowsOf<ReferralStage & { referred: boolean }>(
      await this.db().execute(sql`
        with firsts as (
          select distinct on (p.member_id) p.member_id, p.ends_at
          from ${membershipPeriods} p
          join ${members} m on m.id = p.member_id and m.deleted_at is null
          where p.community_id = ${communityId}
          order by p.member_id, p.starts_at, p.ends_at
        )
        select (a.referrer_member_id is not null) as "referred",
          count(*)::int as "applied",
          count(*) filter (where a.status = 'approved')::int as "approved",
          count(*) filter (where a.status = 'approved' and f.member_id is not null)::int as "paid",
          count(*) filter (where a.status = 'approved'
            and f.ends_at + make_interval(days => ${grace}::int) <= ${now.toISOString()}::timestamptz)::int as "renewalDue",
          count(*) filter (where a.status = 'approved'
            and f.ends_at + make_interval(days => ${grace}::int) <= ${now.toISOString()}::timestamptz
            and exists (select 1 from ${membershipPeriods} r where r.community_id = ${communityId}
              and r.member_id = f.member_id and r.kind = 'renewal'))::int as "renewed"
        from ${applications} a
        left join firsts f on f.member_id = a.member_id
        where a.community_id = ${communityId}
        group by 1`),
    );
    const pick = (referred: boolean): ReferralStage => {
      const row = rows.find((r) => r.referred === referred);
      return row
        ? {
            applied: row.applied,
            approved: row.approved,
            paid: row.paid,
            renewalDue: row.renewalDue,
            renewed: row.renewed,
          }
        : empty;
    };
    return { referred: pick(true), direct: pick(false) };
  }

  async referralTree(communityId: string, limit: number): Promise<ReferralNode[]> {
    if (!isUuid(communityId)) return [];
    // Each member has one referrer at most (their earliest approved application), so every tree from a root is a
    // tree: the recursion reaches each member once. `closure` pairs each member with everyone below them.
    const rows = await this.db().execute(sql`
      with recursive firsts as (
        select distinct on (a.member_id) a.member_id, a.referrer_member_id as referrer
        from ${applications} a
        where a.community_id = ${communityId} and a.status = 'approved' and a.member_id is not null
        order by a.member_id, coalesce(a.decided_at, a.submitted_at), a.id
      ),
      edges as (
        select f.member_id as child, f.referrer as parent from firsts f
        join ${members} m on m.id = f.member_id and m.deleted_at is null
        join ${members} r on r.id = f.referrer and r.deleted_at is null and r.community_id = ${communityId}
        where f.referrer <> f.member_id
      ),
      tree as (
        select distinct e.parent as member_id, null::uuid as referrer_id, 0 as depth from edges e
        where not exists (select 1 from edges up where up.child = e.parent)
        union all
        select e.child, e.parent, t.depth + 1 from tree t join edges e on e.parent = t.member_id
      ),
      closure as (
        select member_id as ancestor, member_id as node from tree
        union all
        select c.ancestor, e.child from closure c join edges e on e.parent = c.node
      ),
      sizes as (select ancestor, count(*) - 1 as descendants from closure group by ancestor),
      picked as (
        select t.member_id, t.referrer_id, t.depth, s.descendants from tree t join sizes s on s.ancestor = t.member_id
        order by t.depth, s.descendants desc, t.member_id
        limit ${Math.max(0, Math.trunc(limit))}
      )
      select p.member_id as "memberId", m.display_name as "displayName", p.referrer_id as "referrerId",
        p.depth as "depth", (select count(*) from edges e where e.parent = p.member_id)::int as "brought",
        p.descendants::int as "descendants",
        (select coalesce(sum(x.points), 0) from ${contributions} x
          where x.community_id = ${communityId} and x.member_id = p.member_id)::int as "points"
      from picked p join ${members} m on m.id = p.member_id
      order by p.depth, p.descendants desc, p.member_id`);
    return rowsOf<ReferralNode>(rows).map((r) => ({ ...r }));
  }

  async memberYear(communityId: string, memberId: string, from: Date, to: Date): Promise<MemberYear> {
    const none: MemberYear = {
      lessonsAttended: 0,
      questionsAnswered: 0,
      answeredBy: [],
      introductions: 0,
      deals: [],
      contributions: 0,
      points: 0,
    };
    if (!isUuid(communityId, memberId)) return none;
    const c = communityId;
    const m = memberId;
    const lo = sql`${from.toISOString()}::timestamptz`;
    const hi = sql`${to.toISOString()}::timestamptz`;
    const [row] = rowsOf<Omit<MemberYear, 'deals' | 'answeredBy'> & { answeredBy: string[] | null; deals: unknown }>(
      await this.db().execute(sql`
        select
          (select count(*) from ${rsvps} r join ${lessons} l on l.id = r.lesson_id
            where r.community_id = ${c} and r.member_id = ${m} and r.status = 'going' and r.attended is not false
              and l.status <> 'cancelled' and l.starts_at >= ${lo} and l.starts_at < ${hi})::int as "lessonsAttended",
          (select count(*) from ${questions} q where q.community_id = ${c} and q.member_id = ${m}
            and q.answered_at >= ${lo} and q.answered_at < ${hi})::int as "questionsAnswered",
          (select array_agg(name order by name collate "C") from (
            select name from (
              select distinct a.display_name as name from ${questions} q join ${members} a on a.id = q.answered_by
              where q.community_id = ${c} and q.member_id = ${m} and q.answered_at >= ${lo} and q.answered_at < ${hi}
            ) d order by name collate "C" limit 5) n) as "answeredBy",
          (select count(*) from ${introductions} i where i.community_id = ${c} and i.status = 'introduced'
            and (i.member_a = ${m} or i.member_b = ${m})
            and i.introduced_at >= ${lo} and i.introduced_at < ${hi})::int as "introductions",
          (select coalesce(json_agg(t order by t.currency collate "C"), '[]'::json) from (
            select d.currency, sum(d.amount_minor)::bigint as "amountMinor", count(*)::int as "count"
            from ${deals} d where d.community_id = ${c} and (d.recorded_by = ${m} or d.counterpart_id = ${m})
              and d.closed_at >= ${lo} and d.closed_at < ${hi}
            group by d.currency) t) as "deals",
          (select count(*) from ${contributions} x where x.community_id = ${c} and x.member_id = ${m}
            and x.at >= ${lo} and x.at < ${hi})::int as "contributions",
          (select coalesce(sum(x.points), 0) from ${contributions} x where x.community_id = ${c} and x.member_id = ${m}
            and x.at >= ${lo} and x.at < ${hi})::int as "points"`),
    );
    if (!row) return none;
    const dealRows = (typeof row.deals === 'string' ? JSON.parse(row.deals) : row.deals) as {
      currency: string;
      amountMinor: string | number;
      count: number;
    }[];
    return {
      lessonsAttended: row.lessonsAttended,
      questionsAnswered: row.questionsAnswered,
      answeredBy: row.answeredBy ?? [],
      introductions: row.introductions,
      deals: dealRows.map((d) => ({ currency: d.currency, amountMinor: Number(d.amountMinor), count: d.count })),
      contributions: row.contributions,
      points: row.points,
    };
  }

  async activation(communityId: string, now: Date): Promise<Activation> {
    if (!isUuid(communityId)) return { newMembers: 0, activated: 0 };
    const c = communityId;
    const hi = sql`(${now.toISOString()}::timestamptz - make_interval(days => ${ACTIVATION_DAYS}::int))`;
    const lo = sql`(${hi} - make_interval(days => ${ACTIVATION_COHORT_DAYS}::int))`;
    const span = sql`make_interval(days => ${ACTIVATION_DAYS}::int)`;
    // New members (their first period began in the range), then per member a few indexed existence checks.
    const [row] = rowsOf<Activation>(
      await this.db().execute(sql`
        with firsts as (
          select distinct on (p.member_id) p.member_id, p.starts_at
          from ${membershipPeriods} p
          join ${members} m on m.id = p.member_id and m.deleted_at is null
          where p.community_id = ${c} and p.starts_at >= ${lo} and p.starts_at < ${hi}
            and not exists (select 1 from ${membershipPeriods} e
              where e.community_id = ${c} and e.member_id = p.member_id and e.starts_at < p.starts_at)
          order by p.member_id, p.starts_at
        )
        select count(*)::int as "newMembers",
          count(*) filter (where
            exists (select 1 from ${profiles} pr where pr.community_id = ${c} and pr.member_id = f.member_id
              and (btrim(pr.company) <> '' or btrim(pr.role) <> '' or btrim(pr.industry) <> ''
                or btrim(pr.skills) <> '' or btrim(pr.offers) <> '' or btrim(pr.needs) <> ''))
            and (
              exists (select 1 from ${contributions} x where x.community_id = ${c} and x.member_id = f.member_id
                and x.at >= f.starts_at and x.at < f.starts_at + ${span})
              or exists (select 1 from ${questions} q where q.community_id = ${c} and q.member_id = f.member_id
                and q.created_at >= f.starts_at and q.created_at < f.starts_at + ${span})
              or exists (select 1 from ${introductions} i where i.community_id = ${c} and i.status = 'introduced'
                and (i.member_a = f.member_id or i.member_b = f.member_id)
                and i.introduced_at >= f.starts_at and i.introduced_at < f.starts_at + ${span})
              or exists (select 1 from ${lessons} l join ${rsvps} r on r.lesson_id = l.id and r.member_id = f.member_id
                where l.community_id = ${c} and l.status <> 'cancelled'
                  and l.starts_at >= f.starts_at and l.starts_at < f.starts_at + ${span}
                  and r.community_id = ${c} and r.status = 'going' and r.attended is not false)
            ))::int as "activated"
        from firsts f`),
    );
    return { newMembers: row?.newMembers ?? 0, activated: row?.activated ?? 0 };
  }

  async accessStarts(
    communityId: string,
    from: Date,
    to: Date,
    after: AccessStart | null,
    limit: number,
  ): Promise<AccessStart[]> {
    if (!isUuid(communityId) || (after && !isUuid(after.memberId))) return [];
    const c = communityId;
    const afterClause = after
      ? sql`and (p.starts_at, p.member_id) > (${after.startsAt.toISOString()}::timestamptz, ${after.memberId}::uuid)`
      : sql``;
    // Periods starting in the range that are their member's first (no earlier one: the member index answers).
    const rows = await this.db().execute(sql`
      select distinct on (p.starts_at, p.member_id) p.member_id as "memberId", p.starts_at as "startsAt"
      from ${membershipPeriods} p
      join ${members} m on m.id = p.member_id and m.deleted_at is null
      where p.community_id = ${c} and p.starts_at >= ${from.toISOString()}::timestamptz
        and p.starts_at < ${to.toISOString()}::timestamptz ${afterClause}
        and not exists (select 1 from ${membershipPeriods} e
          where e.community_id = ${c} and e.member_id = p.member_id and e.starts_at < p.starts_at)
      order by p.starts_at, p.member_id
      limit ${Math.max(0, Math.trunc(limit))}`);
    return rowsOf<{ memberId: string; startsAt: Date | string }>(rows).map((r) => ({
      memberId: r.memberId,
      startsAt: new Date(r.startsAt),
    }));
  }

  async lastFinalDay(communityId: string): Promise<string | null> {
    if (!isUuid(communityId)) return null;
    const v = vitalityDays;
    const [row] = await this.db()
      .select({ day: v.day })
      .from(v)
      .where(and(eq(v.communityId, communityId), eq(v.final, true)))
      .orderBy(desc(v.day))
      .limit(1);
    return row?.day ?? null;
  }

  async markFinal(communityId: string, fromDay: string, toDay: string): Promise<void> {
    if (!isUuid(communityId) || !isLocalDay(fromDay) || !isLocalDay(toDay)) return;
    const v = vitalityDays;
    await this.db()
      .update(v)
      .set({ final: true })
      .where(and(eq(v.communityId, communityId), gte(v.day, fromDay), lte(v.day, toDay)));
  }

  async lateEvents(communityId: string): Promise<LateEvents | null> {
    if (!isUuid(communityId)) return null;
    const l = vitalityLateEvents;
    const [row] = await this.db()
      .select({ since: l.since, markedAt: l.markedAt })
      .from(l)
      .where(eq(l.communityId, communityId));
    return row ?? null;
  }

  async clearLateEvents(communityId: string, seen: LateEvents): Promise<void> {
    if (!isUuid(communityId)) return;
    const l = vitalityLateEvents;
    // Only the mark that was read: a late event recorded meanwhile moved `marked_at` (milliseconds, as read) or
    // an earlier `since`, and keeps the row.
    await this.db()
      .delete(l)
      .where(
        and(
          eq(l.communityId, communityId),
          eq(l.markedAt, seen.markedAt),
          sql`date_trunc('milliseconds', ${l.since}) >= ${seen.since.toISOString()}::timestamptz`,
        ),
      );
  }

  async lastDay(communityId: string): Promise<string | null> {
    if (!isUuid(communityId)) return null;
    const v = vitalityDays;
    const [row] = await this.db()
      .select({ day: v.day })
      .from(v)
      .where(eq(v.communityId, communityId))
      .orderBy(desc(v.day))
      .limit(1);
    return row?.day ?? null;
  }
}
