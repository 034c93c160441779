import type { Contribution, ContributionTotal } from '../../domain/contribution.js';
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
  async pointsByMember(communityId: string, from: Date, to: Date) {
    const totals = new Map<string, ContributionTotal>();
    for (const c of this.rows.values()) {
      if (c.communityId !== communityId || c.at < from || c.at >= to) continue;
      const t = totals.get(c.memberId) ?? { memberId: c.memberId, points: 0, count: 0 };
      totals.set(c.memberId, { memberId: c.memberId, points: t.points + c.points, count: t.count + 1 });
    }
    return [...totals.values()].sort((a, b) => compareText(a.memberId, b.memberId));
  }
}
