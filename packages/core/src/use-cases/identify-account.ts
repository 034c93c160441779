import type { Community } from '../domain/community.js';
import type { Member, Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';

export interface Identity {
  readonly community: Community;
  /** Null for someone the club does not know yet (they may /apply). */
  readonly member: Member | null;
  readonly actor: Actor | null;
}

/** Who is behind a Discord or Slack user in a given guild/team: the club, the member and their staff roles. */
export async function identifyAccount(
  deps: Uow<'accounts' | 'communities' | 'members' | 'staff'>,
  input: { readonly platform: Platform; readonly workspaceId: string; readonly platformUserId: string },
): Promise<Identity> {
  return deps.uow.run(async (repos) => {
    const community = await repos.communities.findByWorkspace(input.platform, input.workspaceId);
    if (!community) throw new DomainError('community.not_found', { workspaceId: input.workspaceId });
    const account = await repos.accounts.find(input.platform, input.workspaceId, input.platformUserId);
    const member =
      account && account.communityId === community.id ? await repos.members.get(community.id, account.memberId) : null;
    if (!member || member.deletedAt) return { community, member: null, actor: null };
    const roles = await repos.staff.rolesOf(community.id, member.id);
    return { community, member, actor: { kind: 'member', communityId: community.id, memberId: member.id, roles } };
  });
}
