import { STAFF_ROLES, type StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';

/** An owner takes a staff role away; the last owner can never be removed, so the club always has one. */
export async function revokeStaffRole(
  deps: Uow<'audit' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string; readonly role: StaffRole },
): Promise<StaffRole[]> {
  requireRole(input.actor, input.communityId, ['owner']);
  if (!STAFF_ROLES.includes(input.role)) {
    throw new DomainError('validation.invalid', { field: 'role', reason: STAFF_ROLES.join(', ') });
  }
  return deps.uow.run(async (repos) => {
    // A member of another club is not found here, never silently "revoked".
    await loadMember(repos, input.communityId, input.memberId);
    const before = await repos.staff.rolesOf(input.communityId, input.memberId);
    if (!before.includes(input.role)) return before;
    if (input.role === 'owner') {
      const owners = (await repos.staff.list(input.communityId)).filter((a) => a.role === 'owner');
      if (owners.length <= 1) throw new DomainError('staff.last_owner');
    }
    await repos.staff.revoke(input.communityId, input.memberId, input.role);
    const after = await repos.staff.rolesOf(input.communityId, input.memberId);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'staff.revoke',
      targetType: 'member',
      targetId: input.memberId,
      before: { roles: before },
      after: { roles: after },
    });
    return after;
  });
}
