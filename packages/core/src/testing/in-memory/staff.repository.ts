import type { StaffAssignment, StaffRole } from '../../domain/member.js';
import type { StaffRepository } from '../../ports/staff.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

export class InMemoryStaffRepository implements StaffRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<StaffAssignment>('staff');
  }
  async grant(assignment: StaffAssignment) {
    const k = `${assignment.communityId}:${assignment.memberId}:${assignment.role}`;
    if (!this.rows.has(k)) this.rows.set(k, copy(assignment));
  }
  async revoke(communityId: string, memberId: string, role: StaffRole) {
    this.rows.delete(`${communityId}:${memberId}:${role}`);
  }
  async rolesOf(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((a) => a.communityId === communityId && a.memberId === memberId)
      .map((a) => a.role)
      .sort(compareText);
  }
  async list(communityId: string) {
    return [...this.rows.values()]
      .filter((a) => a.communityId === communityId)
      .map(copy)
      .sort(
        (a, b) =>
          a.grantedAt.getTime() - b.grantedAt.getTime() ||
          compareText(a.memberId, b.memberId) ||
          compareText(a.role, b.role),
      );
  }
}
