import type { Community, CommunityRepository, CommunitySettings, Platform } from '@snowball/core';
import { and, asc, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { communities, workspaces } from '../schema/index.js';
import { byteOrder, isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof communities.$inferSelect;

function toCommunity(row: Row): Community {
  return { id: row.id, slug: row.slug, name: row.name, settings: row.settings, createdAt: row.createdAt };
}

/** Clubs and their workspaces in PostgreSQL. */
export class DrizzleCommunityRepository implements CommunityRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(community: Community) {
    const inserted = await this.db()
      .insert(communities)
      .values({
        id: community.id,
        slug: community.slug,
        name: community.name,
        settings: community.settings,
        createdAt: community.createdAt,
      })
      .onConflictDoNothing()
      .returning({ id: communities.id });
    if (inserted.length === 0) throw uniqueViolation((await this.getBySlug(community.slug)) ? 'slug' : 'id');
  }

  async get(id: string) {
    if (!isUuid(id)) return null;
    const [row] = await this.db().select().from(communities).where(eq(communities.id, id));
    return row ? toCommunity(row) : null;
  }

  async getBySlug(slug: string) {
    const [row] = await this.db().select().from(communities).where(eq(communities.slug, slug));
    return row ? toCommunity(row) : null;
  }

  async list() {
    const rows = await this.db().select().from(communities).orderBy(asc(communities.createdAt), asc(communities.id));
    return rows.map(toCommunity);
  }

  async updateSettings(id: string, settings: CommunitySettings) {
    if (!isUuid(id)) return;
    await this.db().update(communities).set({ settings }).where(eq(communities.id, id));
  }

  async attachWorkspace(communityId: string, platform: Platform, workspaceId: string) {
    await this.db()
      .insert(workspaces)
      .values({ platform, workspaceId, communityId })
      .onConflictDoUpdate({ target: [workspaces.platform, workspaces.workspaceId], set: { communityId } });
  }

  async findByWorkspace(platform: Platform, workspaceId: string) {
    const [row] = await this.db()
      .select({ community: communities })
      .from(workspaces)
      .innerJoin(communities, eq(communities.id, workspaces.communityId))
      .where(and(eq(workspaces.platform, platform), eq(workspaces.workspaceId, workspaceId)));
    return row ? toCommunity(row.community) : null;
  }

  async listWorkspaces(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select({
        platform: workspaces.platform,
        workspaceId: workspaces.workspaceId,
        memberRoleId: workspaces.memberRoleId,
      })
      .from(workspaces)
      .where(eq(workspaces.communityId, communityId))
      .orderBy(byteOrder(workspaces.platform), byteOrder(workspaces.workspaceId));
    return rows.map(({ memberRoleId, ...w }) => (memberRoleId ? { ...w, memberRoleId } : w));
  }

  async setWorkspaceMemberRole(platform: Platform, workspaceId: string, memberRoleId: string | null) {
    await this.db()
      .update(workspaces)
      .set({ memberRoleId })
      .where(and(eq(workspaces.platform, platform), eq(workspaces.workspaceId, workspaceId)));
  }

  async workspaceMemberRole(platform: Platform, workspaceId: string) {
    const [row] = await this.db()
      .select({ memberRoleId: workspaces.memberRoleId })
      .from(workspaces)
      .where(and(eq(workspaces.platform, platform), eq(workspaces.workspaceId, workspaceId)));
    return row?.memberRoleId ?? null;
  }

  async detachWorkspace(platform: Platform, workspaceId: string) {
    const removed = await this.db()
      .delete(workspaces)
      .where(and(eq(workspaces.platform, platform), eq(workspaces.workspaceId, workspaceId)))
      .returning({ workspaceId: workspaces.workspaceId });
    return removed.length > 0;
  }
}
