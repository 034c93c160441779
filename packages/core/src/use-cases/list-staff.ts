import type { StaffRole } from '../domain/member.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

export interface StaffMember {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  readonly email: string | null;
  readonly roles: readonly { readonly role: StaffRole; readonly grantedAt: Date }[];
}

/** The club's owners, moderators and coaches, one entry per person. */
export async function listStaff(
  deps: Uow<'members' | 'staff'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<StaffMember[]> {
  requireRole(input.actor, input.communityId, ['owner']);
  return deps.uow.run(async (repos) => {
    const assignments = await repos.staff.list(input.communityId);
    const members = await repos.members.getMany(input.communityId, [...new Set(assignments.map((a) => a.memberId))]);
    const order: readonly StaffRole[] = ['owner', 'moderator', 'coach'];
    return members
      .map((m) => ({
        memberId: m.id,
        displayName: m.displayName,
        handle: m.handle,
        email: m.email,
        roles: assignments
          .filter((a) => a.memberId === m.id)
          .map((a) => ({ role: a.role, grantedAt: a.grantedAt }))
          .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role)),
      }))
      .sort(
        (a, b) =>
          order.indexOf(a.roles[0]?.role ?? 'coach') - order.indexOf(b.roles[0]?.role ?? 'coach') ||
          a.displayName.localeCompare(b.displayName),
      );
  });
}
