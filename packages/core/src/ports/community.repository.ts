import type { Community, CommunitySettings } from '../domain/community.js';
import type { Platform } from '../domain/member.js';

/** Clubs, and which Discord guild or Slack team belongs to which club. */
export interface CommunityRepository {
  create(community: Community): Promise<void>;
  get(id: string): Promise<Community | null>;
  getBySlug(slug: string): Promise<Community | null>;
  list(): Promise<Community[]>;
  updateSettings(id: string, settings: CommunitySettings): Promise<void>;
  attachWorkspace(communityId: string, platform: Platform, workspaceId: string): Promise<void>;
  findByWorkspace(platform: Platform, workspaceId: string): Promise<Community | null>;
  /**
   * The Discord guilds, Slack teams (and simulator workspaces) attached to a club, by platform then id (code
   * points); `memberRoleId` only where one was set (a Discord guild's own member role).
   */
  listWorkspaces(communityId: string): Promise<{ platform: Platform; workspaceId: string; memberRoleId?: string }[]>;
  /** Sets (or, with null, clears) the role members get in an attached workspace; nothing when it is not attached. */
  setWorkspaceMemberRole(platform: Platform, workspaceId: string, memberRoleId: string | null): Promise<void>;
  /** The member role set for an attached workspace, or null (none set, or not attached). */
  workspaceMemberRole(platform: Platform, workspaceId: string): Promise<string | null>;
  /** Disconnects a workspace from its club (its member role goes with it); false when it was not attached. */
  detachWorkspace(platform: Platform, workspaceId: string): Promise<boolean>;
}
