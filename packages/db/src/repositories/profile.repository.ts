import type { Profile, ProfileRepository } from '@snowball/core';
import { and, asc, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { profiles } from '../schema/index.js';
import { isUuid } from './sql-helpers.js';

function toProfile(row: typeof profiles.$inferSelect): Profile {
  return {
    communityId: row.communityId,
    memberId: row.memberId,
    company: row.company,
    role: row.role,
    industry: row.industry,
    region: row.region,
    skills: row.skills,
    offers: row.offers,
    needs: row.needs,
    dealSize: row.dealSize,
    languages: row.languages,
    timezone: row.timezone,
    visibility: row.visibility,
    matchingOptIn: row.matchingOptIn,
    doNotPair: row.doNotPair,
    snoozedUntil: row.snoozedUntil,
    contactForIntros: row.contactForIntros,
    updatedAt: row.updatedAt,
  };
}

/** Member profiles in PostgreSQL, one per member. */
export class DrizzleProfileRepository implements ProfileRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async get(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return null;
    const [row] = await this.db()
      .select()
      .from(profiles)
      .where(and(eq(profiles.communityId, communityId), eq(profiles.memberId, memberId)));
    return row ? toProfile(row) : null;
  }

  async upsert(profile: Profile) {
    const { communityId: _c, memberId: _m, ...rest } = toProfile(profile);
    await this.db()
      .insert(profiles)
      .values(toProfile(profile))
      .onConflictDoUpdate({ target: [profiles.communityId, profiles.memberId], set: rest });
  }

  async listForCommunity(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(profiles)
      .where(eq(profiles.communityId, communityId))
      .orderBy(asc(profiles.memberId));
    return rows.map(toProfile);
  }
}
