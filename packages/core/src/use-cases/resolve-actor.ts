import type { Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadMember } from '../rules/load.js';

/** The actor for a known member (used by the admin panel session and the CLI). */
export async function resolveActor(
  deps: Uow<'members' | 'staff'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<Actor> {
  return deps.uow.run(async (repos) => {
    const member = await loadMember(repos, input.communityId, input.memberId);
    const roles = await repos.staff.rolesOf(input.communityId, member.id);
    return { kind: 'member', communityId: input.communityId, memberId: member.id, roles };
  });
}
