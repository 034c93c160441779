import type { Profile } from '../../domain/profile.js';
import type { ProfileRepository } from '../../ports/profile.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

export class InMemoryProfileRepository implements ProfileRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Profile>('profiles');
  }
  async get(communityId: string, memberId: string) {
    const row = this.rows.get(`${communityId}:${memberId}`);
    return row ? copy(row) : null;
  }
  async upsert(profile: Profile) {
    this.rows.set(`${profile.communityId}:${profile.memberId}`, copy(profile));
  }
  async listForCommunity(communityId: string) {
    return [...this.rows.values()]
      .filter((p) => p.communityId === communityId)
      .map(copy)
      .sort((a, b) => compareText(a.memberId, b.memberId));
  }
}
