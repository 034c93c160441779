import { type Deal, type Introduction, type IntroductionRepository, orderedPair } from '@snowball/core';
import { and, asc, desc, eq, or } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { deals, introductions } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

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

  async listForCommunity(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(introductions)
      .where(eq(introductions.communityId, communityId))
      .orderBy(asc(introductions.createdAt), asc(introductions.id));
    return rows.map(toIntroduction);
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
}
