import type { Community } from '../domain/community.js';
import type { Member, Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';

export interface Identity {
  readonly community: Community;
  /** Null for someone the club does not know yet (they may /apply). */
  readonly member: Member | null;
  readonly actor: Actor | null;
}

/**
 * Who is behind a Discord or Slack user in a given guild/team: the club, the member and their staff roles.
 * Reads only, on every command of every platform: no transaction (a BEGIN and a COMMIT would be two more
 * round trips per command), and the reads that do not depend on each other run side by side.
 */
export async function identifyAccount(
  repos: Pick<Ports, 'accounts' | 'communities' | 'members' | 'staff'>,
  input: { readonly platform: Platform; readonly workspaceId: string; readonly platformUserId: string },
): Promise<Identity> {
  const [community, account] = await Promise.all([
    repos.communities.findByWorkspace(input.platform, input.workspaceId),
    repos.accounts.find(input.platform, input.workspaceId, input.platformUserId),
  ]);
  // A guild or workspace no club has connected (or one disconnected): the answer says how to connect it.
  if (!community) throw new DomainError('workspace.not_connected', { workspaceId: input.workspaceId });
  if (!account || account.communityId !== community.id) return { community, member: null, actor: null };
  const [member, roles] = await Promise.all([
    repos.members.get(community.id, account.memberId),
    repos.staff.rolesOf(community.id, account.memberId),
  ]);
  if (!member || member.deletedAt) return { community, member: null, actor: null };
  return { community, member, actor: { kind: 'member', communityId: community.id, memberId: member.id, roles } };
}
