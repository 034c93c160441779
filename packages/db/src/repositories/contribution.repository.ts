import type { Contribution, ContributionRepository } from '@snowball/core';
import { and, asc, count, eq, gte, lt, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { contributions } from '../schema/index.js';
import { isUuid } from './sql-helpers.js';

function toContribution(row: typeof contributions.$inferSelect): Contribution {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    kind: row.kind,
    sourceId: row.sourceId,
    points: row.points,
    at: row.at,
  };
}

/** Contributions in PostgreSQL, counted once per member, kind and source. */
export class DrizzleContributionRepository implements ContributionRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async record(contribution: Contribution) {
    // ON CONFLICT DO NOTHING: a duplicate is an answer (false), not an error that would abort the transaction.
    const inserted = await this.db()
      .insert(contributions)
      .values(toContribution(contribution))
      .onConflictDoNothing()
      .returning({ id: contributions.id });
    return inserted.length > 0;
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(contributions)
      .where(and(eq(contributions.communityId, communityId), eq(contributions.memberId, memberId)))
      .orderBy(asc(contributions.at), asc(contributions.id));
    return rows.map(toContribution);
  }

  async contributorIds(communityId: string, from: Date, to: Date) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .selectDistinct({ memberId: contributions.memberId })
      .from(contributions)
      .where(and(eq(contributions.communityId, communityId), gte(contributions.at, from), lt(contributions.at, to)))
      .orderBy(asc(contributions.memberId));
    return rows.map((row) => row.memberId);
  }

  async pointsByMember(communityId: string, from: Date, to: Date) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select({
        memberId: contributions.memberId,
        // sum() of integers is a bigint, which the driver hands over as a string.
        points: sql<number>`coalesce(sum(${contributions.points}), 0)`.mapWith(Number),
        count: count(),
      })
      .from(contributions)
      .where(and(eq(contributions.communityId, communityId), gte(contributions.at, from), lt(contributions.at, to)))
      .groupBy(contributions.memberId)
      .orderBy(asc(contributions.memberId));
    return rows.map((row) => ({ memberId: row.memberId, points: row.points, count: row.count }));
  }
}
