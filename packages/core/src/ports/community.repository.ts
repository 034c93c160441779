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
  /** The Discord guilds, Slack teams (and simulator workspaces) attached to a club, by platform then id (code points). */
  listWorkspaces(communityId: string): Promise<{ platform: Platform; workspaceId: string }[]>;
}
