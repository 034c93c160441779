import type { Member } from '../domain/member.js';
import type { Page, PageRequest } from './page.js';

export interface MemberQuery {
  /** Matches handle, display name or email. */
  readonly search?: string;
}

/** Filters on a member's latest membership end, the one date every membership status derives from. */
export interface MemberListQuery {
  /** Matches handle, display name or email, case-insensitively; `%` and `_` are plain characters. */
  readonly search?: string;
  /** `none`: members without any membership period; otherwise bounds on the latest end (both optional). */
  readonly latestEnd?: 'none' | { readonly after?: Date; readonly notAfter?: Date };
  /** Keyset paging: only members after this one in the list's order (created at descending, then id descending). */
  readonly after?: { readonly createdAt: Date; readonly id: string };
}

export interface MemberWithLatestEnd {
  readonly member: Member;
  /** The latest end across the member's periods; null when there are none. */
  readonly latestEnd: Date | null;
}

/** People known to a club. */
export interface MemberRepository {
  create(member: Member): Promise<void>;
  update(member: Member): Promise<void>;
  get(communityId: string, id: string): Promise<Member | null>;
  getByHandle(communityId: string, handle: string): Promise<Member | null>;
  getByEmail(communityId: string, email: string): Promise<Member | null>;
  list(communityId: string, query: MemberQuery, page: PageRequest): Promise<Page<Member>>;
  /** Every member id of a club, for fan-out jobs that stream through them. */
  listIds(communityId: string): Promise<string[]>;
  /**
   * Members of the club (not deleted) with their latest membership end, filtered by it: a page of the
   * admin panel's member list, newest member first (created at descending, then id descending).
   * `after` is exclusive and `notAfter` inclusive, so status bands never overlap. With `query.after`, the page
   * starts after that member (use offset 0); `total` still counts every match.
   */
  listWithLatestEnd(communityId: string, query: MemberListQuery, page: PageRequest): Promise<Page<MemberWithLatestEnd>>;
  /** The members of this club among `ids` (deleted ones included, for names in history), ordered by id. */
  getMany(communityId: string, ids: readonly string[]): Promise<Member[]>;
  /** The member's personal referral code; null until one is set. */
  getReferralCode(communityId: string, memberId: string): Promise<string | null>;
  /** Gives a member without one this referral code; throws a unique violation when another member has it. */
  setReferralCode(communityId: string, memberId: string, code: string): Promise<void>;
  /** The member (not deleted) whose referral code this is. */
  getByReferralCode(communityId: string, code: string): Promise<Member | null>;
}
