import { STAFF_ROLES, type StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';

/** An owner makes a member an owner, moderator or coach; granting a role already held changes nothing. */
export async function grantStaffRole(
  deps: Uow<'audit' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string; readonly role: StaffRole },
): Promise<StaffRole[]> {
  requireRole(input.actor, input.communityId, ['owner']);
  if (!STAFF_ROLES.includes(input.role)) {
    throw new DomainError('validation.invalid', { field: 'role', reason: STAFF_ROLES.join(', ') });
  }
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const member = await loadMember(repos, input.communityId, input.memberId);
    const before = await repos.staff.rolesOf(input.communityId, member.id);
    if (before.includes(input.role)) return before;
    await repos.staff.grant({ communityId: input.communityId, memberId: member.id, role: input.role, grantedAt: now });
    const after = await repos.staff.rolesOf(input.communityId, member.id);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'staff.grant',
      targetType: 'member',
      targetId: member.id,
      before: { roles: before },
      after: { roles: after },
    });
    return after;
  });
}
