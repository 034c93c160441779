import type { Community } from '../domain/community.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The club with its settings, for the owners' settings screen. */
export async function getCommunitySettings(
  deps: Pick<Ports, 'communities'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<Community> {
  requireRole(input.actor, input.communityId, ['owner']);
  return loadCommunity(deps, input.communityId);
}
