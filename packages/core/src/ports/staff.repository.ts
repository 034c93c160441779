import type { StaffAssignment, StaffRole } from '../domain/member.js';

/** Who is owner, moderator or coach of a club. */
export interface StaffRepository {
  grant(assignment: StaffAssignment): Promise<void>;
  revoke(communityId: string, memberId: string, role: StaffRole): Promise<void>;
  rolesOf(communityId: string, memberId: string): Promise<StaffRole[]>;
  list(communityId: string): Promise<StaffAssignment[]>;
}
