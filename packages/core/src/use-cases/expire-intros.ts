import type { Introduction } from '../domain/introduction.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { introExpiryCutoff } from '../rules/intro-answer.js';
import { loadCommunity } from '../rules/load.js';

/**
 * Closes proposed introductions nobody finished answering within INTRO_RESPONSE_DAYS (a periodic job).
 * Expired pairs are not suggested again, like declined ones.
 */
export async function expireIntros(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<readonly Introduction[]> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    // One statement for the whole club, however many proposals a round left unanswered.
    return repos.introductions.expireProposed(community.id, introExpiryCutoff(now));
  });
}
