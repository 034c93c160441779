import type { Contribution, ContributionTotal } from '../domain/contribution.js';

/** Contribution events, counted once per member, kind and source. */
export interface ContributionRepository {
  /** Returns false when this contribution was already recorded. */
  record(contribution: Contribution): Promise<boolean>;
  listForMember(communityId: string, memberId: string): Promise<Contribution[]>;
  /** Distinct members with a contribution in [from, to). */
  contributorIds(communityId: string, from: Date, to: Date): Promise<string[]>;
  /** Points and number of contributions per member in [from, to), ordered by member id. */
  pointsByMember(communityId: string, from: Date, to: Date): Promise<ContributionTotal[]>;
}
