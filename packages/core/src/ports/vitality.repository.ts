import type { Cohort, MemberYear, ReferralFunnel, ReferralNode, VitalityDay } from '../domain/vitality.js';
import type { Activation, AtRisk, DealQuarter, IntroducerDeals, MonthCount } from '../domain/vitality-figures.js';

/** How a club's days are cut and who counts as having access (from the club's settings). */
export interface VitalityRules {
  /** IANA timezone: days start at local midnight. */
  readonly timezone: string;
  /** A member keeps access this many days after a period ends. */
  readonly graceDays: number;
}

/**
 * A club's daily vitality summary (`VitalityDay`), one stored row per club and local day, computed in bulk by a
 * background job from the contribution ledger, questions, introductions, RSVPs and membership periods, so the
 * dashboard reads a few hundred rows whatever the club's size.
 */
export interface VitalityRepository {
  /**
   * Computes the days `fromDay`..`toDay` (local dates, inclusive) from the source tables and stores them,
   * replacing stored ones; returns how many days were written. Callers keep the range short (a chunk).
   */
  summarizeDays(communityId: string, fromDay: string, toDay: string, rules: VitalityRules): Promise<number>;
  /** Stored days in `fromDay`..`toDay`, oldest first. */
  listDays(communityId: string, fromDay: string, toDay: string): Promise<VitalityDay[]>;
  /** The latest stored day, or null before the first summary. */
  lastDay(communityId: string): Promise<string | null>;
  /** The latest stored day marked final, or null. */
  lastFinalDay(communityId: string): Promise<string | null>;
  /**
   * Marks the stored days `fromDay`..`toDay` final: computed after they ended, left alone by the hourly refresh
   * until a late event marks them again. `summarizeDays` writes days not final.
   */
  markFinal(communityId: string, fromDay: string, toDay: string): Promise<void>;
  /**
   * The earliest instant of the events recorded after the start of the club's local day they are dated in
   * (attendance marked after the lesson, a contribution or period dated in the past) since the last
   * `clearLateEvents`, or null.
   */
  lateEvents(communityId: string): Promise<LateEvents | null>;
  /** Forgets `seen` (from `lateEvents`) unless a newer late event was recorded since it was read. */
  clearLateEvents(communityId: string, seen: LateEvents): Promise<void>;
  /**
   * Cohorts by local join month as of `now`, oldest first: one aggregate over each member's cohort facts (first
   * period, renewed, periods' union), kept alongside their membership periods.
   */
  cohorts(communityId: string, rules: VitalityRules, now: Date): Promise<Cohort[]>;
  /** Applications with and without a referrer: applied → approved → paid → renewed, as of `now`. */
  referralFunnel(communityId: string, rules: VitalityRules, now: Date): Promise<ReferralFunnel>;
  /**
   * The referral forest's biggest trees: members who brought or were brought (current members only; a member's
   * earliest approved application names their referrer), by depth, then most descendants, then member id; at
   * most `limit` nodes, every node's referrer before it.
   */
  referralTree(communityId: string, limit: number): Promise<ReferralNode[]>;
  /** What one member got and gave in [from, to) (a handful of indexed aggregates). */
  memberYear(communityId: string, memberId: string, from: Date, to: Date): Promise<MemberYear>;
  /** The at-risk counts as of `now` (see `AtRisk`): indexed aggregates, whatever the club's size. */
  atRisk(communityId: string, rules: VitalityRules, now: Date): Promise<AtRisk>;
  /**
   * New contributors per local month from `fromMonth` (YYYY-MM) to `toMonth`, every month listed (zero included),
   * oldest first: current (not deleted) members whose first contribution ever is in that month.
   */
  newContributorsByMonth(
    communityId: string,
    rules: VitalityRules,
    fromMonth: string,
    toMonth: string,
  ): Promise<MonthCount[]>;
  /**
   * Deals closed per local quarter and currency, from the start of local day `fromDay` to the end of `toDay`;
   * quarters without deals are absent; by quarter, then currency in code-point order.
   */
  dealsByQuarter(communityId: string, rules: VitalityRules, fromDay: string, toDay: string): Promise<DealQuarter[]>;
  /**
   * Deals closed in the same window as `dealsByQuarter`, per introducer and currency: the `limit` introducers with
   * the most deals (then by member id), each with their currencies in code-point order, then the matching rounds'
   * row per currency (introductions a round made that no third party introduced). Deals from a side's own proposal
   * or without an introduction are in neither.
   */
  dealsByIntroducer(
    communityId: string,
    rules: VitalityRules,
    fromDay: string,
    toDay: string,
    limit: number,
  ): Promise<IntroducerDeals[]>;
  /** The activation figure as of `now` (see `Activation`): an aggregate over the period's new members. */
  activation(communityId: string, now: Date): Promise<Activation>;
  /**
   * Members (not deleted) whose first membership period ever started in [from, to): the members whose access
   * began then, by start then member id, after `after` (keyset), at most `limit`.
   */
  accessStarts(
    communityId: string,
    from: Date,
    to: Date,
    after: AccessStart | null,
    limit: number,
  ): Promise<AccessStart[]>;
}

/** When a member's access first began (their first membership period's start). */
export interface AccessStart {
  readonly memberId: string;
  readonly startsAt: Date;
}

/** Late events of a club: the earliest instant they are dated, and when the latest was recorded. */
export interface LateEvents {
  readonly since: Date;
  readonly markedAt: Date;
}
