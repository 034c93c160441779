import type { Deal } from '../../domain/deal.js';
import { type Introduction, orderedPair } from '../../domain/introduction.js';
import type { IntroductionRepository } from '../../ports/introduction.repository.js';
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
    if (await this.findPair(intro.communityId, a, b)) throw new Error('unique violation: pair');
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
  async listForCommunity(communityId: string) {
    return [...this.intros.values()]
      .filter((i) => i.communityId === communityId)
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
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
}
