import {
  type DirectoryIndex,
  type DirectorySearch,
  directoryIndex,
  type PageRequest,
  type Profile,
  type ProfileRepository,
} from '@snowball/core';
import { and, asc, count, desc, eq, getTableColumns, gt, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { members, profiles } from '../schema/index.js';
import { toMember } from './member.repository.js';
import { inUuids, isUuid, likeText, textArray } from './sql-helpers.js';

/** The profile's columns without its directory index, which reads never need (arrays and text are costly to parse). */
const { searchKeys: _k, searchText: _t, searchVersion: _v, ...profileColumns } = getTableColumns(profiles);

/** The profile's own fields, from a row (or a profile: it drops anything else, such as the index). */
function toProfile(row: Profile): Profile {
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
    leaderboardOptIn: row.leaderboardOptIn,
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
      .select(profileColumns)
      .from(profiles)
      .where(and(eq(profiles.communityId, communityId), eq(profiles.memberId, memberId)));
    return row ? toProfile(row) : null;
  }

  async upsert(profile: Profile) {
    const [name] = isUuid(profile.communityId, profile.memberId)
      ? await this.db()
          .select({ displayName: members.displayName, handle: members.handle })
          .from(members)
          .where(and(eq(members.communityId, profile.communityId), eq(members.id, profile.memberId)))
      : [];
    const index = directoryIndex(profile, name ?? null);
    const { communityId: _c, memberId: _m, ...rest } = toProfile(profile);
    const indexed = { searchKeys: [...index.keys], searchText: index.text, searchVersion: index.version };
    await this.db()
      .insert(profiles)
      .values({ ...toProfile(profile), ...indexed })
      .onConflictDoUpdate({ target: [profiles.communityId, profiles.memberId], set: { ...rest, ...indexed } });
  }

  async leaderboardOptedIn(communityId: string, memberIds: readonly string[]) {
    const ids = memberIds.filter((id) => isUuid(id));
    if (!isUuid(communityId) || ids.length === 0) return [];
    const rows = await this.db()
      .select({ id: profiles.memberId })
      .from(profiles)
      .where(
        and(
          eq(profiles.communityId, communityId),
          eq(profiles.leaderboardOptIn, true),
          inUuids(profiles.memberId, ids),
        ),
      );
    return rows.map((r) => r.id);
  }

  async searchDirectory(communityId: string, search: DirectorySearch, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const conditions: (SQL | undefined)[] = [
      eq(profiles.communityId, communityId),
      isNull(members.deletedAt),
      // members.latest_end is kept by a trigger on membership_periods: access is one column of the joined row.
      gt(members.latestEnd, search.accessAfter),
      search.viewerId && isUuid(search.viewerId)
        ? sql`(${profiles.visibility} = any(${textArray(search.visibilities)}::text[]) or ${profiles.memberId} = ${search.viewerId})`
        : sql`${profiles.visibility} = any(${textArray(search.visibilities)}::text[])`,
    ];
    // Every part of the search must match the profile's index: its keys (GIN, `&&`), its text (pg_trgm, LIKE).
    // Plain conditions on the profile row: the planner uses the indexes for rare parts and may walk the newest
    // profiles and stop at the page for common ones.
    for (const group of search.candidates.groups) {
      conditions.push(
        group.keys.length === 0 ? sql`false` : sql`${profiles.searchKeys} && ${textArray(group.keys)}::text[]`,
      );
    }
    for (const text of search.candidates.texts) conditions.push(likeText(profiles.searchText, text));
    const where = and(...conditions);
    const join = and(eq(members.id, profiles.memberId), eq(members.communityId, profiles.communityId));
    const [rows, counted] = await Promise.all([
      this.db()
        .select({ profile: profileColumns, member: members })
        .from(profiles)
        .innerJoin(members, join)
        .where(where)
        .orderBy(desc(profiles.updatedAt), asc(profiles.memberId))
        .limit(page.limit)
        .offset(page.offset),
      search.countLimit === undefined
        ? this.db().select({ total: count() }).from(profiles).innerJoin(members, join).where(where)
        : this.db()
            .select({ total: count() })
            .from(
              this.db()
                .select({ one: sql`1`.as('one') })
                .from(profiles)
                .innerJoin(members, join)
                .where(where)
                .limit(search.countLimit)
                .as('capped'),
            ),
    ]);
    return {
      items: rows.map((r) => ({ member: toMember(r.member), profile: toProfile(r.profile) })),
      total: counted[0]?.total ?? 0,
    };
  }

  async listStaleIndex(version: number, limit: number) {
    const rows = await this.db()
      .select(profileColumns)
      .from(profiles)
      .where(lt(profiles.searchVersion, version))
      .orderBy(asc(profiles.communityId), asc(profiles.memberId))
      .limit(limit);
    return rows.map(toProfile);
  }

  async saveIndex(communityId: string, memberId: string, index: DirectoryIndex) {
    if (!isUuid(communityId, memberId)) return;
    await this.db()
      .update(profiles)
      .set({ searchKeys: [...index.keys], searchText: index.text, searchVersion: index.version })
      .where(and(eq(profiles.communityId, communityId), eq(profiles.memberId, memberId)));
  }

  async listForCommunity(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select(profileColumns)
      .from(profiles)
      .where(eq(profiles.communityId, communityId))
      .orderBy(asc(profiles.memberId));
    return rows.map(toProfile);
  }

  async listMatchCandidates(communityId: string, afterMemberId: string | null, limit: number) {
    if (!isUuid(communityId) || (afterMemberId !== null && !isUuid(afterMemberId))) return [];
    const rows = await this.db()
      .select({
        memberId: profiles.memberId,
        locale: members.locale,
        matchingExcluded: members.matchingExcluded,
        industry: profiles.industry,
        region: profiles.region,
        skills: profiles.skills,
        offers: profiles.offers,
        needs: profiles.needs,
        languages: profiles.languages,
        matchingOptIn: profiles.matchingOptIn,
        doNotPair: profiles.doNotPair,
        snoozedUntil: profiles.snoozedUntil,
        updatedAt: profiles.updatedAt,
      })
      .from(profiles)
      .innerJoin(members, and(eq(members.communityId, profiles.communityId), eq(members.id, profiles.memberId)))
      .where(
        and(
          eq(profiles.communityId, communityId),
          isNull(members.deletedAt),
          afterMemberId === null ? undefined : sql`${profiles.memberId} > ${afterMemberId}::uuid`,
        ),
      )
      .orderBy(asc(profiles.memberId))
      .limit(Math.max(1, Math.min(limit, 10_000)));
    return rows.map(({ memberId, locale, matchingExcluded, ...profile }) => ({
      memberId,
      locale,
      matchingExcluded,
      profile,
    }));
  }
}
