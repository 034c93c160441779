import {
  type DirectoryIndex,
  type DirectorySearch,
  directoryIndex,
  type PageRequest,
  type Profile,
  type ProfileMeaning,
  type ProfileRepository,
} from '@snowball/core';
import { and, asc, count, desc, eq, getTableColumns, gt, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { members, profiles } from '../schema/index.js';
import { toMember } from './member.repository.js';
import { inUuids, isUuid, likeText, textArray } from './sql-helpers.js';

/** The profile's columns without its directory index, which reads never need (arrays and text are costly to parse). */
const {
  searchKeys: _k,
  searchText: _t,
  searchVersion: _v,
  meaning: _mn,
  meaningVersion: _mv,
  ...profileColumns
} = getTableColumns(profiles);

/** Rows per `saveMeanings` statement: the chunk's arrays are a few parameters, whatever its size. */
const MEANING_CHUNK = 1_000;

/**
 * A page's stored meanings as the engine reads them: copied out of the driver's pooled buffers into one block per
 * page, each meaning a view of it (one allocation per page instead of one per member: at 100,000 members the
 * per-array overhead would cost more than the bytes).
 */
function toMeanings(rows: readonly { readonly meaning: Uint8Array | null }[]): (Int8Array | null)[] {
  let total = 0;
  for (const r of rows) total += r.meaning?.byteLength ?? 0;
  const block = new Int8Array(total);
  let at = 0;
  return rows.map(({ meaning }) => {
    if (!meaning) return null;
    block.set(new Int8Array(meaning.buffer, meaning.byteOffset, meaning.byteLength), at);
    const view = block.subarray(at, at + meaning.byteLength);
    at += meaning.byteLength;
    return view;
  });
}

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
      .onConflictDoUpdate({
        target: [profiles.communityId, profiles.memberId],
        set: {
          ...rest,
          ...indexed,
          // A meaning is of the needs and offers it was made from: changed text drops it in this same statement.
          meaning: sql`case when ${profiles.needs} = excluded.needs and ${profiles.offers} = excluded.offers then ${profiles.meaning} end`,
          meaningVersion: sql`case when ${profiles.needs} = excluded.needs and ${profiles.offers} = excluded.offers then ${profiles.meaningVersion} end`,
        },
      });
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

  async listMatchCandidates(communityId: string, afterMemberId: string | null, limit: number, meaningVersion?: string) {
    if (!isUuid(communityId) || (afterMemberId !== null && !isUuid(afterMemberId))) return [];
    const meaning =
      meaningVersion === undefined
        ? sql<null>`null`
        : sql<Uint8Array | null>`case when ${profiles.meaningVersion} = ${meaningVersion} then ${profiles.meaning} end`.mapWith(
            profiles.meaning,
          );
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
        meaning,
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
    const meanings = toMeanings(rows);
    return rows.map(({ memberId, locale, matchingExcluded, meaning: _stored, ...profile }, i) => ({
      memberId,
      locale,
      matchingExcluded,
      profile,
      meaning: meanings[i] ?? null,
    }));
  }

  async listWithoutMeaning(communityId: string, version: string, page: { after: string | null; limit: number }) {
    if (!isUuid(communityId) || (page.after !== null && !isUuid(page.after))) return [];
    // Keyset on the primary key (community, member); a cleared meaning clears its version too, so one test finds
    // both the never-encoded and the edited profiles.
    return this.db()
      .select({ memberId: profiles.memberId, needs: profiles.needs, offers: profiles.offers })
      .from(profiles)
      .innerJoin(members, and(eq(members.communityId, profiles.communityId), eq(members.id, profiles.memberId)))
      .where(
        and(
          eq(profiles.communityId, communityId),
          isNull(members.deletedAt),
          sql`${profiles.meaningVersion} is distinct from ${version}`,
          page.after === null ? undefined : sql`${profiles.memberId} > ${page.after}::uuid`,
        ),
      )
      .orderBy(asc(profiles.memberId))
      .limit(Math.max(1, Math.min(page.limit, 10_000)));
  }

  async saveMeanings(communityId: string, version: string, rows: readonly ProfileMeaning[]) {
    const valid = rows.filter((r) => isUuid(r.memberId));
    if (!isUuid(communityId) || valid.length === 0) return 0;
    let saved = 0;
    for (let i = 0; i < valid.length; i += MEANING_CHUNK) {
      const chunk = valid.slice(i, i + MEANING_CHUNK);
      // One statement per chunk: the rows travel as four array parameters (meanings as hex), unnested in Postgres.
      const hex = chunk.map((r) =>
        Buffer.from(r.meaning.buffer, r.meaning.byteOffset, r.meaning.byteLength).toString('hex'),
      );
      const updated = await this.db()
        .update(profiles)
        .set({ meaning: sql`decode(u.meaning, 'hex')`, meaningVersion: version })
        .from(
          sql`unnest(${`{${chunk.map((r) => r.memberId).join(',')}}`}::uuid[], ${textArray(chunk.map((r) => r.needs))}::text[], ${textArray(chunk.map((r) => r.offers))}::text[], ${textArray(hex)}::text[]) as u(member_id, needs, offers, meaning)`,
        )
        .where(
          and(
            eq(profiles.communityId, communityId),
            sql`${profiles.memberId} = u.member_id`,
            sql`${profiles.needs} = u.needs`,
            sql`${profiles.offers} = u.offers`,
          ),
        )
        .returning({ memberId: profiles.memberId });
      saved += updated.length;
    }
    return saved;
  }
}
