import type { MembershipStatus } from '../domain/membership.js';

/** The instants that split members into membership statuses (see `membershipState`). */
export interface StatusBands {
  readonly now: Date;
  /** now + the club's expiring days: a later latest end is `active`. */
  readonly expiringFrom: Date;
  /** now − the club's grace days: a latest end at or before it is `lapsed`. */
  readonly graceFrom: Date;
}

export interface RenewalDue {
  readonly memberId: string;
  readonly displayName: string;
  readonly endsAt: Date;
}

/**
 * Aggregates over a whole club, computed where the data is (SQL on PostgreSQL): the dashboard's figures.
 * Deleted members never count; a member's status comes from their latest membership end.
 */
export interface ClubFiguresRepository {
  /** Members by membership status; `none`: without any period. */
  membershipCounts(communityId: string, bands: StatusBands): Promise<Record<MembershipStatus, number>>;
  /** Members whose latest end is in (from, to]: how many, and the first `limit` by end, then member id. */
  renewalsDue(
    communityId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ readonly total: number; readonly next: readonly RenewalDue[] }>;
  /** Those of `memberIds` (current members of the club) whose latest end is after `accessAfter`, in no order. */
  withAccessAmong(communityId: string, memberIds: readonly string[], accessAfter: Date): Promise<string[]>;
  /** Members whose latest end is after `accessAfter`, and how many of them have a contribution in [from, to). */
  contributorsWithAccess(
    communityId: string,
    accessAfter: Date,
    from: Date,
    to: Date,
  ): Promise<{ readonly members: number; readonly contributors: number }>;
  /**
   * Introductions decided in [from, to]: `made` are introduced (counted at their introduction, or creation
   * when unknown), `declined` and `proposed` counted at their creation.
   */
  introductionCounts(
    communityId: string,
    from: Date,
    to: Date,
  ): Promise<{ readonly made: number; readonly declined: number; readonly proposed: number }>;
  /** Deals closed in [from, to]: how many, and totals per currency in code-point order of the currency. */
  dealTotals(
    communityId: string,
    from: Date,
    to: Date,
  ): Promise<{
    readonly count: number;
    readonly totals: readonly { readonly currency: string; readonly amountMinor: number; readonly count: number }[];
  }>;
}
