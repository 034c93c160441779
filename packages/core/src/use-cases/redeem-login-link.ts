import type { StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { writeAudit } from '../rules/audit.js';
import { hashSecret } from '../rules/secret.js';

/** How long an admin session lasts before the staff member needs a new login link. */
export const ADMIN_SESSION_HOURS = 12;

export interface NewAdminSession {
  /** The secret for the session cookie; only its hash is stored. */
  readonly sessionId: string;
  /** Sent back by the panel in a header on every change (CSRF protection). */
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly communityId: string;
  readonly memberId: string;
  readonly role: StaffRole;
}

/** Turns a login link into an admin session; each link works once and only within its 10 minutes. */
export async function redeemLoginLink(
  deps: Uow<'audit' | 'auth' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly token: string },
): Promise<NewAdminSession> {
  const token = typeof input.token === 'string' ? input.token.trim() : '';
  if (!token || token.length > 256) throw new DomainError('auth.login_link_invalid');
  const now = deps.clock.now();
  const sessionId = deps.ids.token();
  const csrfToken = deps.ids.token();
  const expiresAt = new Date(now.getTime() + ADMIN_SESSION_HOURS * 3_600_000);
  return deps.uow.run(async (repos) => {
    const link = await repos.auth.useLoginLink(hashSecret(token), now);
    if (!link) throw new DomainError('auth.login_link_invalid');
    if (link.expiresAt.getTime() <= now.getTime()) throw new DomainError('auth.login_link_expired');
    const member = await repos.members.get(link.communityId, link.memberId);
    const roles = await repos.staff.rolesOf(link.communityId, link.memberId);
    // The role may have been revoked between issuing and clicking.
    if (!member || member.deletedAt || !roles.includes(link.role)) throw new DomainError('auth.login_link_invalid');
    await repos.auth.createSession({
      idHash: hashSecret(sessionId),
      communityId: link.communityId,
      memberId: link.memberId,
      csrfToken,
      expiresAt,
      createdAt: now,
      role: link.role,
    });
    await writeAudit(repos, deps, {
      actor: { kind: 'member', communityId: link.communityId, memberId: link.memberId, roles },
      action: 'auth.sign_in',
      targetType: 'member',
      targetId: link.memberId,
      after: { role: link.role, expiresAt },
    });
    return {
      sessionId,
      csrfToken,
      expiresAt,
      communityId: link.communityId,
      memberId: link.memberId,
      role: link.role,
    };
  });
}
