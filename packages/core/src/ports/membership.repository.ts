import type { MembershipPeriod } from '../domain/membership.js';

/** Membership periods. */
export interface MembershipRepository {
  add(period: MembershipPeriod): Promise<void>;
  /**
   * Moves the end of one period of the club to `at` (a staff member ended the membership early). A period that
   * had not started by `at` becomes empty (starts and ends at `at`), so it can never give access.
   * Unknown periods are ignored.
   */
  endPeriod(communityId: string, periodId: string, at: Date): Promise<void>;
  listForMember(communityId: string, memberId: string): Promise<MembershipPeriod[]>;
  /** The latest end of every member of a club that has periods, for dashboards and renewal scans. */
  latestEnds(communityId: string): Promise<{ memberId: string; endsAt: Date }[]>;
  /**
   * The latest ends that fall in (`after`, `upTo`], earliest first (then by member id): a renewal scan reads only
   * the members whose end is near, never the whole club.
   */
  latestEndsBetween(communityId: string, after: Date, upTo: Date): Promise<{ memberId: string; endsAt: Date }[]>;
}
