import type { MembershipPeriod } from '../../domain/membership.js';
import type { MembershipRepository } from '../../ports/membership.repository.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

export class InMemoryMembershipRepository implements MembershipRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<MembershipPeriod>('memberships');
  }
  async add(period: MembershipPeriod) {
    insertNew(this.rows, period.id, period);
  }
  async endPeriod(communityId: string, periodId: string, at: Date) {
    const row = this.rows.get(periodId);
    if (!row || row.communityId !== communityId) return;
    const startsAt = row.startsAt.getTime() > at.getTime() ? at : row.startsAt;
    this.rows.set(periodId, copy({ ...row, startsAt, endsAt: at }));
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((p) => p.communityId === communityId && p.memberId === memberId)
      .map(copy)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compareText(a.id, b.id));
  }
  async latestEnds(communityId: string) {
    const ends = new Map<string, number>();
    for (const p of this.rows.values()) {
      if (p.communityId !== communityId) continue;
      ends.set(p.memberId, Math.max(ends.get(p.memberId) ?? 0, p.endsAt.getTime()));
    }
    return [...ends]
      .map(([memberId, t]) => ({ memberId, endsAt: new Date(t) }))
      .sort((a, b) => compareText(a.memberId, b.memberId));
  }
  async latestEndsBetween(communityId: string, after: Date, upTo: Date) {
    return (await this.latestEnds(communityId))
      .filter((e) => e.endsAt.getTime() > after.getTime() && e.endsAt.getTime() <= upTo.getTime())
      .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime() || compareText(a.memberId, b.memberId));
  }
}
