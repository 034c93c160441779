import type { Cohort, MemberYear, ReferralFunnel, ReferralNode, VitalityDay } from '../domain/vitality.js';

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
  /** Cohorts by local join month as of `now`, oldest first (an aggregate over membership periods, in SQL). */
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
}
