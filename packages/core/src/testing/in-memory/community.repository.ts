import type { Community, CommunitySettings } from '../../domain/community.js';
import type { Platform } from '../../domain/member.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { CommunityRepository } from '../../ports/community.repository.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

export class InMemoryCommunityRepository implements CommunityRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Community>('communities');
  }
  private get workspaces() {
    return this.store.table<string>('workspaces');
  }
  private get memberRoles() {
    return this.store.table<string>('workspace_member_roles');
  }
  async create(community: Community) {
    if ([...this.rows.values()].some((c) => c.slug === community.slug)) throw uniqueViolation('slug');
    insertNew(this.rows, community.id, community);
  }
  async get(id: string) {
    const row = this.rows.get(id);
    return row ? copy(row) : null;
  }
  async getBySlug(slug: string) {
    const row = [...this.rows.values()].find((c) => c.slug === slug);
    return row ? copy(row) : null;
  }
  async list() {
    return [...this.rows.values()]
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
  }
  async updateSettings(id: string, settings: CommunitySettings) {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, settings: copy(settings) });
  }
  async attachWorkspace(communityId: string, platform: Platform, workspaceId: string) {
    this.workspaces.set(`${platform}:${workspaceId}`, communityId);
  }
  async findByWorkspace(platform: Platform, workspaceId: string) {
    const id = this.workspaces.get(`${platform}:${workspaceId}`);
    return id ? this.get(id) : null;
  }
  async listWorkspaces(communityId: string) {
    return [...this.workspaces.entries()]
      .filter(([, id]) => id === communityId)
      .map(([key]) => {
        const at = key.indexOf(':');
        const role = this.memberRoles.get(key);
        return {
          platform: key.slice(0, at) as Platform,
          workspaceId: key.slice(at + 1),
          ...(role ? { memberRoleId: role } : {}),
        };
      })
      .sort((a, b) => compareText(a.platform, b.platform) || compareText(a.workspaceId, b.workspaceId));
  }
  async setWorkspaceMemberRole(platform: Platform, workspaceId: string, memberRoleId: string | null) {
    const key = `${platform}:${workspaceId}`;
    if (!this.workspaces.has(key)) return;
    if (memberRoleId) this.memberRoles.set(key, memberRoleId);
    else this.memberRoles.delete(key);
  }
  async workspaceMemberRole(platform: Platform, workspaceId: string) {
    const key = `${platform}:${workspaceId}`;
    return this.workspaces.has(key) ? (this.memberRoles.get(key) ?? null) : null;
  }
  async detachWorkspace(platform: Platform, workspaceId: string) {
    const key = `${platform}:${workspaceId}`;
    this.memberRoles.delete(key);
    return this.workspaces.delete(key);
  }
}
