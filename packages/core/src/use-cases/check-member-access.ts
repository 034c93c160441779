import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';

/**
 * Whether the actor may use member-only features now (see `requireMemberAccess`): resolves, or throws
 * `membership.none` / `membership.expired`. Every member use case checks this itself; adapters may call it
 * first to answer before doing any other work.
 */
export async function checkMemberAccess(
  deps: Uow<'communities' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<void> {
  const now = deps.clock.now();
  await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
  });
}
