import { STAFF_ROLES, type StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';
import { hashSecret } from '../rules/secret.js';

/** How long a login link works; short because it travels through chat messages. */
export const LOGIN_LINK_MINUTES = 10;

/**
 * A one-time admin-panel sign-in link for a staff member who holds `role`. Only the token's hash is stored;
 * the caller turns the returned token into a URL (`loginUrl` in the admin API). Members may ask for their own
 * link (`/mod login`); owners and the system (`snowball admin invite`) may issue one for any staff member.
 */
export async function issueLoginLink(
  deps: Uow<'audit' | 'auth' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string; readonly role: StaffRole },
): Promise<{ token: string; expiresAt: Date }> {
  if (input.actor.communityId !== input.communityId) throw new DomainError('auth.forbidden');
  if (input.actor.kind === 'member' && input.actor.memberId !== input.memberId) {
    requireRole(input.actor, input.communityId, ['owner']);
  }
  if (!STAFF_ROLES.includes(input.role)) {
    throw new DomainError('validation.invalid', { field: 'role', reason: STAFF_ROLES.join(', ') });
  }
  const token = deps.ids.token();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + LOGIN_LINK_MINUTES * 60_000);
  await deps.uow.run(async (repos) => {
    const member = await loadMember(repos, input.communityId, input.memberId);
    const roles = await repos.staff.rolesOf(input.communityId, member.id);
    if (!roles.includes(input.role)) throw new DomainError('auth.role_not_held', { role: input.role });
    await repos.auth.createLoginLink({
      tokenHash: hashSecret(token),
      communityId: input.communityId,
      memberId: member.id,
      role: input.role,
      expiresAt,
      usedAt: null,
    });
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'auth.login_link.issue',
      targetType: 'member',
      targetId: member.id,
      after: { role: input.role, expiresAt },
    });
  });
  return { token, expiresAt };
}
