import type { AccessCheckRepository, AccessCheckRun, AccessStanding, AccountStanding, Platform } from '@snowball/core';
import { eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { accessCheckRuns } from '../schema/index.js';
import { arrayLiteral, isUuid, rowsOf } from './sql-helpers.js';

type Workspace = { readonly platform: Platform; readonly workspaceId: string };
type Row = { platform_user_id: string; member_id: string; standing: AccessStanding };

const toStanding = (row: Row): AccountStanding => ({
  platformUserId: row.platform_user_id,
  memberId: row.member_id,
  standing: row.standing,
});

/** Reads a run back from jsonb: its dates come back as ISO strings. */
function toRun(run: AccessCheckRun): AccessCheckRun {
  return { ...run, startedAt: new Date(run.startedAt), finishedAt: new Date(run.finishedAt) };
}

/**
 * The access check's questions in SQL: a keyset page of a workspace's accounts with access (members.latest_end,
 * kept by a trigger, against now minus grace) and their count, and the standing of a page of platform users, as one
 * array parameter. The page of users is a materialized set joined to the primary key, one index probe per user: with the array in
 * the WHERE clause the planner scanned the workspace's every account for each page (at 100,000 members, ~20 ms a
 * page against ~7 ms).
 */
export class DrizzleAccessCheckRepository implements AccessCheckRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async accessPage(communityId: string, workspace: Workspace, accessAfter: Date, after: string | null, limit: number) {
    if (!isUuid(communityId)) return [];
    const rows = rowsOf<Row>(
      await this.db().execute(sql`
        select a.platform_user_id, a.member_id, 'access' as standing
        from platform_accounts a
        join members m on m.id = a.member_id
        where a.community_id = ${communityId}::uuid
          and a.platform = ${workspace.platform}
          and a.workspace_id = ${workspace.workspaceId}
          and (a.platform_user_id collate "C") > ${after ?? ''}
          and m.deleted_at is null
          and m.latest_end > ${accessAfter.toISOString()}::timestamptz
        order by (a.platform_user_id collate "C")
        limit ${limit}`),
    );
    return rows.map(toStanding);
  }

  async accessCount(communityId: string, workspace: Workspace, accessAfter: Date) {
    if (!isUuid(communityId)) return 0;
    const [row] = rowsOf<{ count: number }>(
      await this.db().execute(sql`
        select count(*)::int as count
        from platform_accounts a
        join members m on m.id = a.member_id
        where a.community_id = ${communityId}::uuid
          and a.platform = ${workspace.platform}
          and a.workspace_id = ${workspace.workspaceId}
          and m.deleted_at is null
          and m.latest_end > ${accessAfter.toISOString()}::timestamptz`),
    );
    return Number(row?.count ?? 0);
  }

  async standings(communityId: string, workspace: Workspace, accessAfter: Date, ids: readonly string[]) {
    if (!isUuid(communityId) || ids.length === 0) return [];
    const rows = rowsOf<Row>(
      await this.db().execute(sql`
        with listed as materialized (select distinct id from unnest(${arrayLiteral(ids)}::text[]) as u(id))
        select a.platform_user_id, a.member_id,
          case
            when m.id is null or m.deleted_at is not null then 'ended'
            when m.latest_end > ${accessAfter.toISOString()}::timestamptz then 'access'
            when exists (
              select 1 from staff_roles s where s.community_id = a.community_id and s.member_id = a.member_id
            ) then 'staff'
            when m.latest_end is null then 'never'
            else 'ended'
          end as standing
        from listed l
        join platform_accounts a
          on a.platform = ${workspace.platform}
          and a.workspace_id = ${workspace.workspaceId}
          and a.platform_user_id = l.id
        left join members m on m.id = a.member_id
        where a.community_id = ${communityId}::uuid
        order by (a.platform_user_id collate "C")`),
    );
    return rows.map(toStanding);
  }

  async saveRun(run: AccessCheckRun) {
    await this.db()
      .insert(accessCheckRuns)
      .values({ communityId: run.communityId, finishedAt: run.finishedAt, run })
      .onConflictDoUpdate({ target: accessCheckRuns.communityId, set: { finishedAt: run.finishedAt, run } });
  }

  async lastRun(communityId: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db().select().from(accessCheckRuns).where(eq(accessCheckRuns.communityId, communityId));
    return row ? toRun(row.run) : null;
  }
}
