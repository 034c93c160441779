import type { Community } from '../domain/community.js';
import type { Member, StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { hashSecret } from '../rules/secret.js';

/** A signed-in staff member: the actor for every panel call (roles read fresh, so a revoke applies at once). */
export interface AdminSessionView {
  readonly actor: Extract<Actor, { kind: 'member' }>;
  readonly member: Member;
  readonly community: Community;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/**
 * The roles a session acts with: a login link's role bounds it, so a coach link opens a coach session even
 * for a member who is also an owner. An owner link (the top role) keeps every role the member holds.
 */
export function sessionRoles(held: readonly StaffRole[], linkRole: StaffRole | null): StaffRole[] {
  if (!linkRole || (linkRole === 'owner' && held.includes('owner'))) return [...held];
  return held.includes(linkRole) ? [linkRole] : [];
}

/** Looks up the session behind a cookie; throws `auth.not_signed_in`, `auth.session_expired` or `auth.staff_only`. */
export async function getAdminSession(
  deps: Uow<'auth' | 'communities' | 'members' | 'staff'> & Pick<Ports, 'clock'>,
  input: { readonly sessionId: string | null | undefined },
): Promise<AdminSessionView> {
  if (!input.sessionId) throw new DomainError('auth.not_signed_in');
  const idHash = hashSecret(input.sessionId);
  const now = deps.clock.now();
  const found = await deps.uow.run(async (repos) => {
    const session = await repos.auth.getSession(idHash);
    if (!session) return null;
    if (session.expiresAt.getTime() <= now.getTime()) {
      await repos.auth.deleteSession(idHash);
      return null;
    }
    const [member, community, roles] = await Promise.all([
      repos.members.get(session.communityId, session.memberId),
      repos.communities.get(session.communityId),
      repos.staff.rolesOf(session.communityId, session.memberId),
    ]);
    return { session, member, community, roles };
  });
  if (!found?.member || found.member.deletedAt || !found.community) {
    throw new DomainError('auth.session_expired');
  }
  const { session, member, community } = found;
  const roles = sessionRoles(found.roles, session.role ?? null);
  if (roles.length === 0) throw new DomainError('auth.staff_only');
  return {
    actor: { kind: 'member', communityId: community.id, memberId: member.id, roles },
    member,
    community,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}
