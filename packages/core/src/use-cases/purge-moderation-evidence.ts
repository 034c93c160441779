import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';

const DAY_MS = 86_400_000;
export const EVIDENCE_PURGE_CHUNK = 500;

/**
 * Erases the message excerpts of the club's decided cases once its evidence retention (`evidenceDays` after the
 * decision) has run out, a chunk per transaction until none is left; the cases themselves (and the strikes) stay.
 * Safe to repeat: a purged case is never touched again. Answers how many cases it purged.
 */
export async function purgeModerationEvidence(
  deps: Uow<'communities' | 'moderation'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly chunk?: number },
): Promise<number> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const community = await deps.uow.run((repos) => loadCommunity(repos, input.communityId));
  const { evidenceDays } = moderationSettingsOf(community.settings);
  const before = new Date(now.getTime() - evidenceDays * DAY_MS);
  const chunk = Math.max(1, Math.min(input.chunk ?? EVIDENCE_PURGE_CHUNK, 5000));
  let total = 0;
  for (;;) {
    const purged = await deps.uow.run((repos) => repos.moderation.purgeEvidence(community.id, before, now, chunk));
    total += purged;
    if (purged < chunk) return total;
  }
}
