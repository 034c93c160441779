import { DateTime } from 'luxon';
import type { Deal } from '../../domain/deal.js';
import { type Introduction, type IntroStatus, introMet, orderedPair } from '../../domain/introduction.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type {
  DealQuarterSum,
  DealRange,
  IntroductionRepository,
  IntroFunnelMonth,
} from '../../ports/introduction.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { introGroupOf } from '../../use-cases/list-intros.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemoryIntroductionRepository implements IntroductionRepository {
  constructor(private readonly store: MemoryStore) {}
  private get intros() {
    return this.store.table<Introduction>('introductions');
  }
  private get deals() {
    return this.store.table<Deal>('deals');
  }
  async create(intro: Introduction) {
    const [a, b] = orderedPair(intro.memberA, intro.memberB);
    if (await this.findPair(intro.communityId, a, b)) throw uniqueViolation('pair');
    insertNew(this.intros, intro.id, intro);
  }
  async update(intro: Introduction) {
    replaceExisting(this.intros, intro.id, intro);
  }
  async get(communityId: string, id: string) {
    const row = this.intros.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async findPair(communityId: string, memberA: string, memberB: string) {
    const [a, b] = orderedPair(memberA, memberB);
    const row = [...this.intros.values()].find((i) => {
      const [x, y] = orderedPair(i.memberA, i.memberB);
      return i.communityId === communityId && x === a && y === b;
    });
    return row ? copy(row) : null;
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId && (i.memberA === memberId || i.memberB === memberId))
      .map(copy)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id));
  }
  async listGroup(communityId: string, groupId: string) {
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId && i.groupId === groupId)
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
  }
  async listGroups(communityId: string, groupIds: readonly string[]) {
    const wanted = new Set(groupIds);
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId && i.groupId && wanted.has(i.groupId))
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
  }
  async listForCommunity(communityId: string) {
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId)
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
  }
  async pageForCommunity(
    communityId: string,
    status: IntroStatus | null,
    page: PageRequest,
    after: { readonly createdAt: Date; readonly id: string } | null = null,
    options: { readonly groupsAsOne?: boolean } = {},
  ) {
    // A group's entry is its pair with the smallest id, whatever the status of its other pairs.
    const groupLead = new Map<string, string>();
    for (const i of this.intros.values()) {
      if (!i.groupId || i.communityId !== communityId) continue;
      const lead = groupLead.get(i.groupId);
      if (!lead || compareText(i.id, lead) < 0) groupLead.set(i.groupId, i.id);
    }
    const listed = (i: Introduction) => !options.groupsAsOne || !i.groupId || groupLead.get(i.groupId) === i.id;
    const all = [...this.intros.values()]
      .filter((i) => i.communityId === communityId && (!status || i.status === status) && listed(i))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id));
    const from = after
      ? all.filter(
          (i) =>
            +i.createdAt < +after.createdAt || (+i.createdAt === +after.createdAt && compareText(i.id, after.id) < 0),
        )
      : all.slice(page.offset);
    return { total: all.length, items: from.slice(0, page.limit).map(copy) };
  }
  async addDeal(deal: Deal) {
    insertNew(this.deals, deal.id, deal);
  }
  async updateDeal(deal: Deal) {
    replaceExisting(this.deals, deal.id, deal);
  }
  async getDeal(communityId: string, id: string) {
    const row = this.deals.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listDeals(communityId: string) {
    return [...this.deals.values()]
      .filter((d) => d.communityId === communityId)
      .map(copy)
      .sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime() || compareText(a.id, b.id));
  }
  async listDealsFor(communityId: string, introductionIds: readonly string[]) {
    const wanted = new Set(introductionIds);
    return (await this.listDeals(communityId)).filter((d) => d.introductionId !== null && wanted.has(d.introductionId));
  }
  private dealsIn(communityId: string, range: DealRange) {
    return [...this.deals.values()].filter(
      (d) =>
        d.communityId === communityId &&
        (!range.from || d.closedAt >= range.from) &&
        (!range.to || d.closedAt < range.to),
    );
  }
  async pageDeals(communityId: string, range: DealRange, page: PageRequest) {
    const all = this.dealsIn(communityId, range).sort(
      (a, b) => b.closedAt.getTime() - a.closedAt.getTime() || compareText(a.id, b.id),
    );
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit).map(copy) };
  }
  async sumDealsByQuarter(communityId: string, range: DealRange, timezone: string) {
    const sums = new Map<string, DealQuarterSum>();
    for (const deal of this.dealsIn(communityId, range)) {
      const local = DateTime.fromJSDate(deal.closedAt, { zone: timezone });
      const key = `${local.year}-${local.quarter}-${deal.currency}`;
      const t = sums.get(key);
      sums.set(key, {
        year: local.year,
        quarter: local.quarter,
        currency: deal.currency,
        amountMinor: (t?.amountMinor ?? 0) + deal.amountMinor,
        count: (t?.count ?? 0) + 1,
        confirmedAmountMinor: (t?.confirmedAmountMinor ?? 0) + (deal.confirmedByCounterpart ? deal.amountMinor : 0),
        confirmedCount: (t?.confirmedCount ?? 0) + (deal.confirmedByCounterpart ? 1 : 0),
      });
    }
    return [...sums.values()].sort(
      (a, b) => a.year - b.year || a.quarter - b.quarter || compareText(a.currency, b.currency),
    );
  }
  async createMany(intros: readonly Introduction[]) {
    const created: string[] = [];
    for (const intro of intros) {
      const [a, b] = orderedPair(intro.memberA, intro.memberB);
      if (await this.findPair(intro.communityId, a, b)) continue;
      insertNew(this.intros, intro.id, intro);
      created.push(intro.id);
    }
    return created;
  }
  async listPairs(communityId: string) {
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId)
      .map((i) => [i.memberA, i.memberB] as const);
  }
  async lastRoundAt(communityId: string) {
    let last: Date | null = null;
    for (const i of this.intros.values()) {
      if (i.communityId === communityId && i.roundId !== null && (!last || i.createdAt > last)) last = i.createdAt;
    }
    return last ? new Date(last) : null;
  }
  async listOpenSince(
    communityId: string,
    since: { readonly proposedSince: Date; readonly introducedSince: Date },
    page?: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ) {
    const after = page?.after;
    const open = (await this.listForCommunity(communityId)).filter(
      (i) =>
        ((i.status === 'proposed' && i.createdAt > since.proposedSince) ||
          (i.status === 'introduced' && i.introducedAt !== null && i.introducedAt > since.introducedSince)) &&
        (!after ||
          i.createdAt.getTime() > after.createdAt.getTime() ||
          (i.createdAt.getTime() === after.createdAt.getTime() && compareText(i.id, after.id) > 0)),
    );
    return page ? open.slice(0, Math.max(0, page.limit)) : open;
  }
  async listFollowUpsDue(communityId: string, until: Date) {
    return (await this.listForCommunity(communityId)).filter(
      (i) =>
        i.status === 'introduced' &&
        i.followUpAt !== null &&
        i.followUpAt <= until &&
        i.followUpOutcome !== 'no' &&
        i.followUpOutcome !== 'deal',
    );
  }
  async expireProposed(communityId: string, createdAtOrBefore: Date) {
    const expired: Introduction[] = [];
    for (const intro of await this.listForCommunity(communityId)) {
      if (intro.status !== 'proposed' || intro.createdAt > createdAtOrBefore) continue;
      const after: Introduction = { ...intro, status: 'expired' };
      replaceExisting(this.intros, after.id, after);
      expired.push(after);
    }
    return expired;
  }
  async funnelByMonth(communityId: string, range: DealRange, timezone: string) {
    const dealsOf = new Map<string, Deal[]>();
    for (const deal of this.deals.values()) {
      if (deal.communityId !== communityId || !deal.introductionId) continue;
      dealsOf.set(deal.introductionId, [...(dealsOf.get(deal.introductionId) ?? []), deal]);
    }
    // One unit per introduction: a pair, or a group of three (its pairs share `groupId`), as the SQL twin groups them.
    const units = new Map<string, Introduction[]>();
    for (const intro of this.intros.values()) {
      if (intro.communityId !== communityId) continue;
      if ((range.from && intro.createdAt < range.from) || (range.to && intro.createdAt >= range.to)) continue;
      const key = intro.groupId ? `group:${intro.groupId}` : `pair:${intro.id}`;
      units.set(key, [...(units.get(key) ?? []), intro]);
    }
    const months = new Map<string, { row: IntroFunnelMonth; value: Map<string, number> }>();
    for (const pairs of units.values()) {
      const createdAt = Math.min(...pairs.map((p) => p.createdAt.getTime()));
      const month = DateTime.fromMillis(createdAt, { zone: timezone }).toFormat('yyyy-MM');
      const entry = months.get(month) ?? {
        row: { month, suggested: 0, accepted: 0, met: 0, deals: 0, value: [] },
        value: new Map<string, number>(),
      };
      const deals = pairs.flatMap((p) => dealsOf.get(p.id) ?? []);
      // A group is accepted when core's `introGroupOf` says it is introduced; a pair once it has `introducedAt`.
      const accepted = pairs[0]?.groupId
        ? introGroupOf(pairs, null)?.status === 'introduced'
        : Boolean(pairs[0]?.introducedAt);
      const met = pairs.some((p) => introMet(p) || (dealsOf.get(p.id)?.length ?? 0) > 0);
      const r = entry.row;
      entry.row = {
        ...r,
        suggested: r.suggested + 1,
        accepted: r.accepted + (accepted ? 1 : 0),
        met: r.met + (met ? 1 : 0),
        deals: r.deals + (deals.length > 0 ? 1 : 0),
      };
      for (const d of deals) entry.value.set(d.currency, (entry.value.get(d.currency) ?? 0) + d.amountMinor);
      months.set(month, entry);
    }
    return [...months.values()]
      .map(({ row, value }) => ({
        ...row,
        value: [...value.entries()]
          .sort(([a], [b]) => compareText(a, b))
          .map(([currency, amountMinor]) => ({ currency, amountMinor })),
      }))
      .sort((a, b) => compareText(a.month, b.month));
  }
  async listCreatedSince(
    communityId: string,
    since: Date,
    page: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ) {
    const { after } = page;
    return (await this.listForCommunity(communityId))
      .filter(
        (i) =>
          i.createdAt > since &&
          (!after ||
            i.createdAt.getTime() > after.createdAt.getTime() ||
            (i.createdAt.getTime() === after.createdAt.getTime() && compareText(i.id, after.id) > 0)),
      )
      .slice(0, Math.max(0, page.limit));
  }
  async countOpenProposalsBy(communityId: string, memberId: string) {
    return [...this.intros.values()].filter(
      (i) => i.communityId === communityId && i.proposedBy === memberId && i.status === 'proposed',
    ).length;
  }
}
