import type { Platform, PlatformAccount } from '../../domain/member.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { PlatformAccountRepository } from '../../ports/platform-account.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

const key = (platform: string, workspaceId: string, userId: string) => `${platform}:${workspaceId}:${userId}`;

export class InMemoryPlatformAccountRepository implements PlatformAccountRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<PlatformAccount>('accounts');
  }
  async link(account: PlatformAccount) {
    const k = key(account.platform, account.workspaceId, account.platformUserId);
    if (this.rows.has(k)) throw uniqueViolation('account');
    this.rows.set(k, copy(account));
  }
  async find(platform: Platform, workspaceId: string, platformUserId: string) {
    const row = this.rows.get(key(platform, workspaceId, platformUserId));
    return row ? copy(row) : null;
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((a) => a.communityId === communityId && a.memberId === memberId)
      .map(copy)
      .sort(
        (a, b) =>
          compareText(a.platform, b.platform) ||
          compareText(a.workspaceId, b.workspaceId) ||
          compareText(a.platformUserId, b.platformUserId),
      );
  }
  async unlinkAll(communityId: string, memberId: string) {
    for (const [k, a] of this.rows) if (a.communityId === communityId && a.memberId === memberId) this.rows.delete(k);
  }
}
