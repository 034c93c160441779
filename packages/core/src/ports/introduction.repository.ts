import type { Deal } from '../domain/deal.js';
import type { Introduction, IntroStatus } from '../domain/introduction.js';
import type { Page, PageRequest } from './page.js';

/** Deals closed in `[from, to)`; a null bound is open. */
export interface DealRange {
  readonly from: Date | null;
  readonly to: Date | null;
}

/** What one currency's deals add up to in one calendar quarter of a timezone. */
export interface DealQuarterSum {
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
  readonly currency: string;
  readonly amountMinor: number;
  readonly count: number;
  readonly confirmedAmountMinor: number;
  readonly confirmedCount: number;
}

/**
 * One month of the introduction funnel: the introductions suggested that month (by creation, in the club's
 * timezone) and how far they got. `met` counts those both members said they met or that led to a deal. A group
 * introduction of three counts once at every stage: accepted when the group is introduced (all three accepted),
 * met or dealt when any of its pairs is, and its value is all its pairs' deals.
 */
export interface IntroFunnelMonth {
  /** `YYYY-MM` in the timezone asked for. */
  readonly month: string;
  readonly suggested: number;
  /** Both accepted (introduced); for a group of three, all three. */
  readonly accepted: number;
  readonly met: number;
  /** Introductions with at least one deal. */
  readonly deals: number;
  /** What their deals add up to, per currency (code order). */
  readonly value: readonly { readonly currency: string; readonly amountMinor: number }[];
}

/** Introductions and the deals that follow them. */
export interface IntroductionRepository {
  create(intro: Introduction): Promise<void>;
  update(intro: Introduction): Promise<void>;
  get(communityId: string, id: string): Promise<Introduction | null>;
  findPair(communityId: string, memberA: string, memberB: string): Promise<Introduction | null>;
  listForMember(communityId: string, memberId: string): Promise<Introduction[]>;
  listForCommunity(communityId: string): Promise<Introduction[]>;
  /**
   * A page of the club's introductions (optionally of one status), newest first (created at, then id, descending),
   * and how many there are. With `after` the page starts after that introduction (keyset; `page.offset` is ignored).
   * With `groupsAsOne` a group introduction of three is one entry: only its pair with the smallest id is listed and
   * counted (read the others with `listGroups`).
   */
  pageForCommunity(
    communityId: string,
    status: IntroStatus | null,
    page: PageRequest,
    after?: { readonly createdAt: Date; readonly id: string } | null,
    options?: { readonly groupsAsOne?: boolean },
  ): Promise<Page<Introduction>>;
  addDeal(deal: Deal): Promise<void>;
  updateDeal(deal: Deal): Promise<void>;
  getDeal(communityId: string, id: string): Promise<Deal | null>;
  listDeals(communityId: string): Promise<Deal[]>;
  /** The deals that came from these introductions, oldest closed first (one array parameter, whatever its length). */
  listDealsFor(communityId: string, introductionIds: readonly string[]): Promise<Deal[]>;
  /** A page of the club's deals closed in `range`, latest closed first (then id). */
  pageDeals(communityId: string, range: DealRange, page: PageRequest): Promise<Page<Deal>>;
  /** Sums of the deals closed in `range` per quarter of `timezone` (IANA) and currency, oldest quarter first, currencies in code order. */
  sumDealsByQuarter(communityId: string, range: DealRange, timezone: string): Promise<DealQuarterSum[]>;
  /**
   * Creates many introductions in one statement per chunk (a matching round); a pair introduced meanwhile is
   * skipped, not an error. Returns the ids that were created.
   */
  createMany(intros: readonly Introduction[]): Promise<string[]>;
  /** Every pair the club ever had an introduction for, as `[memberA, memberB]` (a round never repeats one). */
  listPairs(communityId: string): Promise<(readonly [string, string])[]>;
  /** When the club's last matching round created an introduction (rounds leave `roundId` set), or null. */
  lastRoundAt(communityId: string): Promise<Date | null>;
  /**
   * Proposed introductions created after `proposedSince` and introduced ones introduced after `introducedSince`,
   * oldest first (by creation, then id). With `page`: at most `limit` of them, after the `after` introduction
   * (keyset: its `createdAt` and `id`), so a caller reads a big club a page at a time.
   */
  listOpenSince(
    communityId: string,
    since: { readonly proposedSince: Date; readonly introducedSince: Date },
    page?: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ): Promise<Introduction[]>;
  /** Introduced introductions whose follow-up is due by `until` and still unanswered (no deal, no "no"), oldest first. */
  listFollowUpsDue(communityId: string, until: Date): Promise<Introduction[]>;
  /**
   * The funnel suggested → accepted → met → deal → value of the introductions created in `range`, one row per
   * month of `timezone` that has any, oldest first (aggregated in the database; a group of three counts once).
   */
  funnelByMonth(communityId: string, range: DealRange, timezone: string): Promise<IntroFunnelMonth[]>;
  /**
   * Introductions of any status created after `since`, oldest first (by creation, then id), at most `limit`
   * after the `after` one (keyset), for jobs that read a club's recent introductions a page at a time.
   */
  listCreatedSince(
    communityId: string,
    since: Date,
    page: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
  ): Promise<Introduction[]>;
  /** The pair introductions of one group introduction of three (`groupId`), oldest first (by creation, then id). */
  listGroup(communityId: string, groupId: string): Promise<Introduction[]>;
  /** The pair introductions of these groups of three (one array parameter), by creation, then id. */
  listGroups(communityId: string, groupIds: readonly string[]): Promise<Introduction[]>;
  /** How many proposals `memberId` asked for (`proposedBy`) are still waiting for an answer. */
  countOpenProposalsBy(communityId: string, memberId: string): Promise<number>;
  /** Marks every proposal created at or before `createdAtOrBefore` expired, in one statement; returns them as updated. */
  expireProposed(communityId: string, createdAtOrBefore: Date): Promise<Introduction[]>;
}
