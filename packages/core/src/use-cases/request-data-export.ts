import { EXPORT_LINK_HOURS } from '../domain/privacy.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';
import { requirePrivacyAccess } from '../rules/privacy-access.js';
import { hashSecret } from '../rules/secret.js';

/**
 * A single-use, expiring link to download everything the club holds about a member (`/privacy export`, or a
 * moderator or owner from the member page). Only the token's hash is stored; the admin API serves the download.
 */
export async function requestDataExport(
  deps: Uow<'audit' | 'members' | 'privacy'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<{ token: string; expiresAt: Date }> {
  requirePrivacyAccess(input.actor, input.communityId, input.memberId);
  const token = deps.ids.token();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + EXPORT_LINK_HOURS * 3_600_000);
  await deps.uow.run(async (repos) => {
    const member = await loadMember(repos, input.communityId, input.memberId);
    await repos.privacy.createExportLink({
      tokenHash: hashSecret(token),
      communityId: input.communityId,
      memberId: member.id,
      requestedBy: actorId(input.actor),
      expiresAt,
      usedAt: null,
      createdAt: now,
    });
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'privacy.export.request',
      targetType: 'member',
      targetId: member.id,
      after: { expiresAt },
    });
  });
  return { token, expiresAt };
}
