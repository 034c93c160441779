import type { Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';

export interface DetachWorkspaceResult {
  /** False when the workspace was not attached to this club (nothing changed, nothing audited). */
  readonly detached: boolean;
}

/**
 * Disconnects a Discord guild, Slack team or simulator workspace from a club: its messages are no longer
 * moderated and its commands no longer reach the club (the bots read the attachment, cached for seconds). Owners
 * only, audited with the member role it had. A workspace of another club, or none, is left alone (`detached:
 * false`), so a repeated request changes nothing.
 */
export async function detachWorkspace(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly platform: Platform;
    readonly workspaceId: string;
  },
): Promise<DetachWorkspaceResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const workspaceId = input.workspaceId.trim();
  if (!workspaceId) throw new DomainError('validation.required', { field: 'workspaceId' });
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const current = await repos.communities.findByWorkspace(input.platform, workspaceId);
    if (current?.id !== community.id) return { detached: false };
    const memberRoleId = await repos.communities.workspaceMemberRole(input.platform, workspaceId);
    await repos.communities.detachWorkspace(input.platform, workspaceId);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'workspace.detach',
      targetType: 'workspace',
      targetId: `${input.platform}:${workspaceId}`,
      before: { platform: input.platform, workspaceId, memberRoleId },
    });
    return { detached: true };
  });
}
