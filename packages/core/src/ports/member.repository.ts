import type { Member } from '../domain/member.js';
import type { Page, PageRequest } from './page.js';

export interface MemberQuery {
  /** Matches handle, display name or email. */
  readonly search?: string;
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
}
