import {
  type Deal,
  type DealRange,
  type Introduction,
  type IntroductionRepository,
  type IntroFunnelMonth,
  type IntroStatus,
  orderedPair,
  type PageRequest,
} from '@snowball/core';
import { and, asc, count, desc, eq, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { deals, introductions } from '../schema/index.js';
import { arrayLiteral, byteOrder, isUuid, rowsOf, uniqueViolation } from './sql-helpers.js';

function closedIn(communityId: string, range: DealRange): SQL | undefined {
  return and(
    eq(deals.communityId, communityId),
    range.from ? gte(deals.closedAt, range.from) : undefined,
    range.to ? lt(deals.closedAt, range.to) : undefined,
  );
}

function toIntroduction(row: typeof introductions.$inferSelect): Introduction {
  return {
    id: row.id,
    communityId: row.communityId,
    memberA: row.memberA,
    memberB: row.memberB,
    answerA: row.answerA,
    answerB: row.answerB,
    status: row.status,
    score: row.score,
    reason: row.reason,
    roundId: row.roundId,
    introducedAt: row.introducedAt,
    followUpAt: row.followUpAt,
    followUpOutcome: row.followUpOutcome,
    // Absent rather than null when unset, as a round's introductions are written without them.
    ...(row.proposedBy ? { proposedBy: row.proposedBy } : {}),
    ...(row.metA ? { metA: row.metA } : {}),
    ...(row.metB ? { metB: row.metB } : {}),
    ...(row.groupId ? { groupId: row.groupId } : {}),
    ...(row.introducerId ? { introducerId: row.introducerId } : {}),
    createdAt: row.createdAt,
  };
}

function toIntroductionRow(intro: Introduction): typeof introductions.$inferInsert {
  const [memberLow, memberHigh] = orderedPair(intro.memberA, intro.memberB);
  return {
    id: intro.id,
    communityId: intro.communityId,
    memberA: intro.memberA,
    memberB: intro.memberB,
    memberLow,
    memberHigh,
    answerA: intro.answerA,
    answerB: intro.answerB,
    status: intro.status,
    score: intro.score,
    reason: intro.reason,
    roundId: intro.roundId,
    introducedAt: intro.introducedAt,
    followUpAt: intro.followUpAt,
    followUpOutcome: intro.followUpOutcome,
    proposedBy: intro.proposedBy ?? null,
    metA: intro.metA ?? null,
    metB: intro.metB ?? null,
    groupId: intro.groupId ?? null,
    introducerId: intro.introducerId ?? null,
    createdAt: intro.createdAt,
  };
}

function toDeal(row: typeof deals.$inferSelect): Deal {
  return {
    id: row.id,
    communityId: row.communityId,
    introductionId: row.introductionId,
    recordedBy: row.recordedBy,
    counterpartId: row.counterpartId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    note: row.note,
    confirmedByCounterpart: row.confirmedByCounterpart,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
  };
}

/** Introductions and deals in PostgreSQL; one introduction per pair of members, whichever way round. */
export class DrizzleIntroductionRepository implements IntroductionRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(intro: Introduction) {
    const inserted = await this.db()
      .insert(introductions)
      .values(toIntroductionRow(intro))
      .onConflictDoNothing()
      .returning({ id: introductions.id });
    if (inserted.length === 0) {
      throw uniqueViolation((await this.findPair(intro.communityId, intro.memberA, intro.memberB)) ? 'pair' : 'id');
    }
  }

  async update(intro: Introduction) {
    if (!isUuid(intro.id, intro.communityId)) return;
    await this.db()
      .update(introductions)
      .set(toIntroductionRow(intro))
      .where(and(eq(introductions.id, intro.id), eq(introductions.communityId, intro.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(introductions)
      .where(and(eq(introductions.communityId, communityId), eq(introductions.id, id)));
    return row ? toIntroduction(row) : null;
  }

  async findPair(communityId: string, memberA: string, memberB: string) {
    if (!isUuid(communityId, memberA, memberB)) return null;
    const [low, high] = orderedPair(memberA, memberB);
    const [row] = await this.db()
      .select()
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          eq(introductions.memberLow, low),
          eq(introductions.memberHigh, high),
        ),
      );
    return row ? toIntroduction(row) : null;
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          or(eq(introductions.memberA, memberId), eq(introductions.memberB, memberId)),
        ),
      )
      .orderBy(desc(introductions.createdAt), desc(introductions.id));
    return rows.map(toIntroduction);
  }

  async listGroup(communityId: string, groupId: string) {
    if (!isUuid(communityId, groupId)) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(and(eq(introductions.communityId, communityId), eq(introductions.groupId, groupId)))
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    return rows.map(toIntroduction);
  }

  async listGroups(communityId: string, groupIds: readonly string[]) {
    const ids = groupIds.filter((id) => isUuid(id));
    if (!isUuid(communityId) || ids.length === 0) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      // One array parameter of checked uuids, however many groups are asked about.
      .where(
        and(
          eq(introductions.communityId, communityId),
          sql`${introductions.groupId} = any(${`{${ids.join(',')}}`}::uuid[])`,
        ),
      )
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    return rows.map(toIntroduction);
  }

  async listForCommunity(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(eq(introductions.communityId, communityId))
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    return rows.map(toIntroduction);
  }

  async pageForCommunity(
    communityId: string,
    status: IntroStatus | null,
    page: PageRequest,
    after: { readonly createdAt: Date; readonly id: string } | null = null,
    options: { readonly groupsAsOne?: boolean } = {},
  ) {
    if (!isUuid(communityId) || (after && !isUuid(after.id))) return { items: [], total: 0 };
    // A group of three is listed once, by its pair with the smallest id (introductions_group_idx finds the others).
    const groupLead = options.groupsAsOne
      ? sql`(${introductions.groupId} is null or not exists (select 1 from ${introductions} as sibling where sibling.community_id = ${introductions.communityId} and sibling.group_id = ${introductions.groupId} and sibling.id < ${introductions.id}))`
      : undefined;
    const where = and(
      eq(introductions.communityId, communityId),
      status ? eq(introductions.status, status) : undefined,
      groupLead,
    );
    // Keyset: a row comparison from the last introduction shown, so a deep page costs what the first does.
    const later = after
      ? sql`(${introductions.createdAt}, ${introductions.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const [rows, [counted]] = await Promise.all([
      this.db()
        .select()
        .from(introductions)
        .where(and(where, later))
        .orderBy(desc(introductions.createdAt), desc(introductions.id))
        .limit(page.limit)
        .offset(after ? 0 : page.offset),
      this.db().select({ total: count() }).from(introductions).where(where),
    ]);
    return { items: rows.map(toIntroduction), total: counted?.total ?? 0 };
  }

  async addDeal(deal: Deal) {
    const inserted = await this.db()
      .insert(deals)
      .values(toDeal(deal))
      .onConflictDoNothing()
      .returning({ id: deals.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async updateDeal(deal: Deal) {
    if (!isUuid(deal.id, deal.communityId)) return;
    await this.db()
      .update(deals)
      .set(toDeal(deal))
      .where(and(eq(deals.id, deal.id), eq(deals.communityId, deal.communityId)));
  }

  async getDeal(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(deals)
      .where(and(eq(deals.communityId, communityId), eq(deals.id, id)));
    return row ? toDeal(row) : null;
  }

  async listDeals(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(deals)
      .where(eq(deals.communityId, communityId))
      .orderBy(asc(deals.closedAt), asc(deals.id));
    return rows.map(toDeal);
  }

  async listDealsFor(communityId: string, introductionIds: readonly string[]) {
    const ids = introductionIds.filter((id) => isUuid(id));
    if (!isUuid(communityId) || ids.length === 0) return [];
    const rows = await this.db()
      .select()
      .from(deals)
      // One array parameter (a Postgres array literal of checked uuids), however many introductions are asked about.
      .where(
        and(eq(deals.communityId, communityId), sql`${deals.introductionId} = any(${`{${ids.join(',')}}`}::uuid[])`),
      )
      .orderBy(asc(deals.closedAt), asc(deals.id));
    return rows.map(toDeal);
  }

  async pageDeals(communityId: string, range: DealRange, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = closedIn(communityId, range);
    const [rows, [counted]] = await Promise.all([
      this.db()
        .select()
        .from(deals)
        .where(where)
        .orderBy(desc(deals.closedAt), asc(deals.id))
        .limit(page.limit)
        .offset(page.offset),
      this.db().select({ total: count() }).from(deals).where(where),
    ]);
    return { items: rows.map(toDeal), total: counted?.total ?? 0 };
  }

  async sumDealsByQuarter(communityId: string, range: DealRange, timezone: string) {
    if (!isUuid(communityId)) return [];
    const local = sql`(${deals.closedAt} at time zone ${timezone})`;
    const year = sql<number>`extract(year from ${local})::int`.mapWith(Number);
    const quarter = sql<number>`extract(quarter from ${local})::int`.mapWith(Number);
    const confirmed = sql`${deals.confirmedByCounterpart}`;
    const rows = await this.db()
      .select({
        year,
        quarter,
        currency: deals.currency,
        amountMinor: sql<number>`sum(${deals.amountMinor})::text`.mapWith(Number),
        count: count(),
        confirmedAmountMinor:
          sql<number>`coalesce(sum(${deals.amountMinor}) filter (where ${confirmed}), 0)::text`.mapWith(Number),
        confirmedCount: sql<number>`count(*) filter (where ${confirmed})`.mapWith(Number),
      })
      .from(deals)
      .where(closedIn(communityId, range))
      .groupBy(sql`1`, sql`2`, deals.currency)
      .orderBy(sql`1`, sql`2`, byteOrder(deals.currency));
    return rows;
  }

  async createMany(intros: readonly Introduction[]) {
    const created: string[] = [];
    // One statement per 5,000 rows with one array parameter per column (`unnest`), so neither the statement
    // nor its parameter list grows with the rows, and no per-row SQL is built.
    for (let i = 0; i < intros.length; i += 5_000) {
      const rows = intros.slice(i, i + 5_000).map(toIntroductionRow);
      if (!rows.every((r) => isUuid(r.id, r.communityId, r.memberA, r.memberB))) {
        throw new Error('introductions need uuid ids');
      }
      const column = (pick: (row: (typeof rows)[number]) => string | number | Date | null, type: string) =>
        sql`${arrayLiteral(rows.map(pick))}::${sql.raw(type)}[]`;
      const result = await this.db().execute(sql`
        insert into ${introductions} (id, community_id, member_a, member_b, member_low, member_high, answer_a,
          answer_b, status, score, reason, round_id, introduced_at, follow_up_at, follow_up_outcome, created_at)
        select * from unnest(
          ${column((r) => r.id, 'uuid')}, ${column((r) => r.communityId, 'uuid')},
          ${column((r) => r.memberA, 'uuid')}, ${column((r) => r.memberB, 'uuid')},
          ${column((r) => r.memberLow, 'uuid')}, ${column((r) => r.memberHigh, 'uuid')},
          ${column((r) => r.answerA, 'text')}, ${column((r) => r.answerB, 'text')},
          ${column((r) => r.status, 'text')}, ${column((r) => r.score, 'float8')},
          ${column((r) => r.reason, 'text')}, ${column((r) => r.roundId ?? null, 'text')},
          ${column((r) => r.introducedAt ?? null, 'timestamptz')}, ${column((r) => r.followUpAt ?? null, 'timestamptz')},
          ${column((r) => r.followUpOutcome ?? null, 'text')}, ${column((r) => r.createdAt, 'timestamptz')}
        )
        on conflict do nothing
        returning id`);
      for (const row of rowsOf<{ id: string }>(result)) created.push(row.id);
    }
    return created;
  }

  async listPairs(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select({ a: introductions.memberA, b: introductions.memberB })
      .from(introductions)
      .where(eq(introductions.communityId, communityId));
    return rows.map((r) => [r.a, r.b] as const);
  }

  async lastRoundAt(communityId: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select({ at: sql<string | Date | null>`max(${introductions.createdAt})` })
      .from(introductions)
      .where(and(eq(introductions.communityId, communityId), sql`${introductions.roundId} is not null`));
    return row?.at ? new Date(row.at) : null;
  }

  async listOpenSince(
    communityId: string,
    since: { readonly proposedSince: Date; readonly introducedSince: Date },
    page?: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ) {
    if (!isUuid(communityId) || (page?.after && !isUuid(page.after.id))) return [];
    const after = page?.after;
    const query = this.db()
      .select()
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          or(
            and(eq(introductions.status, 'proposed'), gt(introductions.createdAt, since.proposedSince)),
            and(eq(introductions.status, 'introduced'), gt(introductions.introducedAt, since.introducedSince)),
          ),
          // Keyset: after the last introduction of the previous page, on the (community, created_at) index.
          after
            ? sql`(${introductions.createdAt}, ${introductions.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    const rows = page ? await query.limit(Math.max(0, page.limit)) : await query;
    return rows.map(toIntroduction);
  }

  async listFollowUpsDue(communityId: string, until: Date) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          eq(introductions.status, 'introduced'),
          lte(introductions.followUpAt, until),
          sql`coalesce(${introductions.followUpOutcome}, '') not in ('no', 'deal')`,
        ),
      )
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    return rows.map(toIntroduction);
  }

  async expireProposed(communityId: string, createdAtOrBefore: Date) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .update(introductions)
      .set({ status: 'expired' })
      .where(
        and(
          eq(introductions.communityId, communityId),
          eq(introductions.status, 'proposed'),
          lte(introductions.createdAt, createdAtOrBefore),
        ),
      )
      .returning();
    return rows
      .map(toIntroduction)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  }

  async funnelByMonth(communityId: string, range: DealRange, timezone: string): Promise<IntroFunnelMonth[]> {
    if (!isUuid(communityId)) return [];
    const createdIn = and(
      eq(introductions.communityId, communityId),
      range.from ? gte(introductions.createdAt, range.from) : undefined,
      range.to ? lt(introductions.createdAt, range.to) : undefined,
    );
    // One statement, one snapshot. `unit` is one introduction: a pair, or a group of three (its pairs share
    // `group_id`). A group is accepted when all its pairs are introduced (core's `introGroupOf`), met or dealt
    // when any pair is; its value sums each pair's deals once (a deal belongs to one pair).
    const rows = rowsOf<{
      month: string;
      suggested: string;
      accepted: string;
      met: string;
      deals: string;
      value: string;
    }>(
      await this.db().execute(sql`
        with intro as (
          select ${introductions.id} as id, ${introductions.groupId} is not null as grouped,
            coalesce(${introductions.groupId}, ${introductions.id}) as unit, ${introductions.createdAt} as created_at,
            ${introductions.status} as status, ${introductions.introducedAt} is not null as introduced,
            (${introductions.metA} is not null and ${introductions.metB} is not null) as met,
            exists (select 1 from ${deals} d where d.community_id = ${introductions.communityId} and d.introduction_id = ${introductions.id}) as has_deal
          from ${introductions}
          where ${createdIn}
        ), unit as (
          select grouped, unit, to_char(min(created_at) at time zone ${timezone}, 'YYYY-MM') as month,
            case when grouped then bool_and(status = 'introduced') else bool_or(introduced) end as accepted,
            bool_or(met or has_deal) as met, bool_or(has_deal) as has_deal
          from intro
          group by grouped, unit
        ), value as (
          select u.month, d.currency, sum(d.amount_minor) as amount
          from unit u
            join intro i on i.grouped = u.grouped and i.unit = u.unit
            join ${deals} d on d.community_id = ${communityId} and d.introduction_id = i.id
          group by 1, 2
        )
        select u.month, count(*)::text as suggested, count(*) filter (where u.accepted)::text as accepted,
          count(*) filter (where u.met)::text as met, count(*) filter (where u.has_deal)::text as deals,
          (select coalesce(json_agg(json_build_object('currency', v.currency, 'amountMinor', v.amount::text)
              order by v.currency collate "C"), '[]')::text
            from value v where v.month = u.month) as value
        from unit u
        group by u.month
        order by u.month`),
    );
    return rows.map((r) => ({
      month: r.month,
      suggested: Number(r.suggested),
      accepted: Number(r.accepted),
      met: Number(r.met),
      deals: Number(r.deals),
      value: (JSON.parse(r.value) as { currency: string; amountMinor: string }[]).map((v) => ({
        currency: v.currency,
        amountMinor: Number(v.amountMinor),
      })),
    }));
  }

  async listCreatedSince(
    communityId: string,
    since: Date,
    page: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ) {
    if (!isUuid(communityId) || (page.after && !isUuid(page.after.id))) return [];
    const { after } = page;
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          gt(introductions.createdAt, since),
          // Keyset on the (community, created_at) index.
          after
            ? sql`(${introductions.createdAt}, ${introductions.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(introductions.createdAt), asc(introductions.id))
      .limit(Math.max(0, page.limit));
    return rows.map(toIntroduction);
  }

  async countOpenProposalsBy(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return 0;
    const [row] = await this.db()
      .select({ n: count() })
      .from(introductions)
      .where(
        and(
          eq(introductions.communityId, communityId),
          eq(introductions.proposedBy, memberId),
          eq(introductions.status, 'proposed'),
        ),
      );
    return row?.n ?? 0;
  }
}
