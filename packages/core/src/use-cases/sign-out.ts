import type { Ports, Uow } from '../ports/ports.js';
import { writeAudit } from '../rules/audit.js';
import { hashSecret } from '../rules/secret.js';

/** Ends an admin session; signing out twice is harmless. */
export async function signOut(
  deps: Uow<'audit' | 'auth' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly sessionId: string | null | undefined },
): Promise<void> {
  if (!input.sessionId) return;
  const idHash = hashSecret(input.sessionId);
  await deps.uow.run(async (repos) => {
    const session = await repos.auth.getSession(idHash);
    if (!session) return;
    await repos.auth.deleteSession(idHash);
    const roles = await repos.staff.rolesOf(session.communityId, session.memberId);
    await writeAudit(repos, deps, {
      actor: { kind: 'member', communityId: session.communityId, memberId: session.memberId, roles },
      action: 'auth.sign_out',
      targetType: 'member',
      targetId: session.memberId,
    });
  });
}
