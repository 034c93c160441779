import type { AccessCheckRun } from '../domain/access-check.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/** Owners read the club's last access check: what it granted, revoked and reported, and what failed. */
export async function getAccessCheck(
  deps: Uow<'accessChecks'> & Pick<Ports, 'accessRoster'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<{ readonly available: boolean; readonly lastRun: AccessCheckRun | null }> {
  requireRole(input.actor, input.communityId, ['owner']);
  const lastRun = await deps.uow.run((repos) => repos.accessChecks.lastRun(input.communityId));
  return { available: deps.accessRoster !== undefined, lastRun };
}
