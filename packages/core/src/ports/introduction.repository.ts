import type { Deal } from '../domain/deal.js';
import type { Introduction } from '../domain/introduction.js';

/** Introductions and the deals that follow them. */
export interface IntroductionRepository {
  create(intro: Introduction): Promise<void>;
  update(intro: Introduction): Promise<void>;
  get(communityId: string, id: string): Promise<Introduction | null>;
  findPair(communityId: string, memberA: string, memberB: string): Promise<Introduction | null>;
  listForMember(communityId: string, memberId: string): Promise<Introduction[]>;
  listForCommunity(communityId: string): Promise<Introduction[]>;
  addDeal(deal: Deal): Promise<void>;
  updateDeal(deal: Deal): Promise<void>;
  getDeal(communityId: string, id: string): Promise<Deal | null>;
  listDeals(communityId: string): Promise<Deal[]>;
}
