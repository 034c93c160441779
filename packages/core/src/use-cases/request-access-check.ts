import { ACCESS_RECONCILE_JOB } from '../domain/access-check.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/**
 * An owner asks for the access check now (the panel's "Check now"). The job id names the club and the minute, so
 * pressing twice within a minute queues one check.
 */
export async function requestAccessCheck(
  deps: Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<{ readonly queued: true }> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const minute = now.toISOString().slice(0, 16);
  await deps.jobs.schedule({
    name: ACCESS_RECONCILE_JOB,
    id: `access-reconcile:${input.communityId}:${minute}`,
    data: { communityId: input.communityId, reason: 'requested by an owner' },
    runAt: now,
  });
  return { queued: true };
}
