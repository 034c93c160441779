import type { Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';

export interface AttachWorkspaceResult {
  /** False when the workspace already belonged to this club (nothing changed, nothing audited). */
  readonly attached: boolean;
}

/**
 * Connects a Slack team, a Discord guild or a simulator workspace to a club, so its people's commands reach
 * that club. One club per workspace: a workspace of another club is refused (`workspace.taken`), never moved.
 * Owners (or the system: configuration, an OAuth install) attach; each new attachment is audited. `alongside`
 * runs in the same transaction (the Slack OAuth install saves its installation there), so both are stored or
 * neither.
 */
export async function attachWorkspace(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly alongside?: (repos: Pick<Repositories, 'audit' | 'communities'>) => Promise<void>;
  },
): Promise<AttachWorkspaceResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const workspaceId = input.workspaceId.trim();
  if (!workspaceId) throw new DomainError('validation.required', { field: 'workspaceId' });
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const current = await repos.communities.findByWorkspace(input.platform, workspaceId);
    if (current && current.id !== community.id) throw new DomainError('workspace.taken', { platform: input.platform });
    if (!current) {
      await repos.communities.attachWorkspace(community.id, input.platform, workspaceId);
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'workspace.attach',
        targetType: 'workspace',
        targetId: `${input.platform}:${workspaceId}`,
        after: { platform: input.platform, workspaceId },
      });
    }
    // Also on a reinstall (already attached): the Slack installation's new token is saved.
    await input.alongside?.(repos);
    return { attached: !current };
  });
}
