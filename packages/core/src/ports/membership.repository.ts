import type { MembershipPeriod } from '../domain/membership.js';

/** Membership periods. */
export interface MembershipRepository {
  add(period: MembershipPeriod): Promise<void>;
  listForMember(communityId: string, memberId: string): Promise<MembershipPeriod[]>;
  /** The latest end of every member of a club that has periods, for dashboards and renewal scans. */
  latestEnds(communityId: string): Promise<{ memberId: string; endsAt: Date }[]>;
}
