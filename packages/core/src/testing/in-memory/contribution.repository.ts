import type { Contribution } from '../../domain/contribution.js';
import type { ContributionRepository } from '../../ports/contribution.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

export class InMemoryContributionRepository implements ContributionRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Contribution>('contributions');
  }
  async record(c: Contribution) {
    const k = `${c.communityId}:${c.memberId}:${c.kind}:${c.sourceId}`;
    if (this.rows.has(k)) return false;
    this.rows.set(k, copy(c));
    return true;
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((c) => c.communityId === communityId && c.memberId === memberId)
      .map(copy)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || compareText(a.id, b.id));
  }
  async contributorIds(communityId: string, from: Date, to: Date) {
    const ids = new Set<string>();
    for (const c of this.rows.values()) {
      if (c.communityId === communityId && c.at >= from && c.at < to) ids.add(c.memberId);
    }
    return [...ids].sort(compareText);
  }
}
