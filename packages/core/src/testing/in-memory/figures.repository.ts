import type { Contribution } from '../../domain/contribution.js';
import type { Deal } from '../../domain/deal.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Member } from '../../domain/member.js';
import type { MembershipPeriod, MembershipStatus } from '../../domain/membership.js';
import type { ClubFiguresRepository, RenewalDue, StatusBands } from '../../ports/figures.repository.js';
import { compareText, type MemoryStore } from './store.js';

/** The dashboard's aggregates over the in-memory tables (the twin of the SQL ones). */
export class InMemoryClubFiguresRepository implements ClubFiguresRepository {
  constructor(private readonly store: MemoryStore) {}

  /** Current members of the club with their latest end (null: no period). */
  private latestEnds(communityId: string): { member: Member; latestEnd: number | null }[] {
    const ends = new Map<string, number>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId) continue;
      ends.set(p.memberId, Math.max(ends.get(p.memberId) ?? Number.NEGATIVE_INFINITY, p.endsAt.getTime()));
    }
    return [...this.store.table<Member>('members').values()]
      .filter((m) => m.communityId === communityId && !m.deletedAt)
      .map((member) => ({ member, latestEnd: ends.get(member.id) ?? null }));
  }

  async membershipCounts(communityId: string, bands: StatusBands) {
    const counts: Record<MembershipStatus, number> = { none: 0, active: 0, expiring: 0, grace: 0, lapsed: 0 };
    for (const { latestEnd } of this.latestEnds(communityId)) {
      if (latestEnd === null) counts.none += 1;
      else if (latestEnd > bands.expiringFrom.getTime()) counts.active += 1;
      else if (latestEnd > bands.now.getTime()) counts.expiring += 1;
      else if (latestEnd > bands.graceFrom.getTime()) counts.grace += 1;
      else counts.lapsed += 1;
    }
    return counts;
  }

  async renewalsDue(communityId: string, from: Date, to: Date, limit: number) {
    const due: RenewalDue[] = this.latestEnds(communityId)
      .filter(({ latestEnd: e }) => e !== null && e > from.getTime() && e <= to.getTime())
      .map(({ member, latestEnd }) => ({
        memberId: member.id,
        displayName: member.displayName,
        endsAt: new Date(latestEnd ?? 0),
      }))
      .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime() || compareText(a.memberId, b.memberId));
    return { total: due.length, next: due.slice(0, limit) };
  }

  async withAccessAmong(communityId: string, memberIds: readonly string[], accessAfter: Date) {
    const wanted = new Set(memberIds);
    return this.latestEnds(communityId)
      .filter(({ member, latestEnd: e }) => wanted.has(member.id) && e !== null && e > accessAfter.getTime())
      .map(({ member }) => member.id);
  }

  async contributorsWithAccess(communityId: string, accessAfter: Date, from: Date, to: Date) {
    const withAccess = new Set(
      this.latestEnds(communityId)
        .filter(({ latestEnd: e }) => e !== null && e > accessAfter.getTime())
        .map(({ member }) => member.id),
    );
    const contributors = new Set<string>();
    for (const c of this.store.table<Contribution>('contributions').values()) {
      const t = c.at.getTime();
      if (c.communityId === communityId && t >= from.getTime() && t < to.getTime() && withAccess.has(c.memberId)) {
        contributors.add(c.memberId);
      }
    }
    return { members: withAccess.size, contributors: contributors.size };
  }

  async introductionCounts(communityId: string, from: Date, to: Date) {
    const inRange = (at: Date) => at.getTime() >= from.getTime() && at.getTime() <= to.getTime();
    let made = 0;
    let declined = 0;
    let proposed = 0;
    for (const i of this.store.table<Introduction>('introductions').values()) {
      if (i.communityId !== communityId) continue;
      if (i.status === 'introduced' && inRange(i.introducedAt ?? i.createdAt)) made += 1;
      else if (i.status === 'declined' && inRange(i.createdAt)) declined += 1;
      else if (i.status === 'proposed' && inRange(i.createdAt)) proposed += 1;
    }
    return { made, declined, proposed };
  }

  async dealTotals(communityId: string, from: Date, to: Date) {
    const totals = new Map<string, { amountMinor: number; count: number }>();
    let count = 0;
    for (const d of this.store.table<Deal>('deals').values()) {
      const t = d.closedAt.getTime();
      if (d.communityId !== communityId || t < from.getTime() || t > to.getTime()) continue;
      count += 1;
      const sum = totals.get(d.currency) ?? { amountMinor: 0, count: 0 };
      totals.set(d.currency, { amountMinor: sum.amountMinor + d.amountMinor, count: sum.count + 1 });
    }
    return {
      count,
      totals: [...totals]
        .map(([currency, t]) => ({ currency, ...t }))
        .sort((a, b) => compareText(a.currency, b.currency)),
    };
  }
}
