import { ERASURE_JOB, type ErasureRequest, erasureJobId, privacyCoolingOffHours } from '../domain/privacy.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';
import { requirePrivacyAccess } from '../rules/privacy-access.js';
import { carryOutErasure } from './carry-out-erasure.js';

/**
 * Records a confirmed erasure of a member (`/privacy delete` after its confirmation, or staff from the member
 * page). It runs once the owner's cooling-off (`privacyCoolingOffHours`) is over, through a job derived from the
 * request row; with no cooling-off it runs now. Asking again while one is pending returns the pending one.
 */
export async function requestErasure(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'members' | 'privacy'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger'> &
    Partial<Pick<Ports, 'recentMessages'>>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<ErasureRequest> {
  requirePrivacyAccess(input.actor, input.communityId, input.memberId);
  const now = deps.clock.now();
  const request = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    if (!community) throw new DomainError('community.not_found');
    const member = await loadMember(repos, input.communityId, input.memberId);
    const pending = await repos.privacy.pendingErasureOf(community.id, member.id);
    if (pending) return pending;
    const created: ErasureRequest = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      requestedBy: actorId(input.actor),
      requestedAt: now,
      dueAt: new Date(now.getTime() + privacyCoolingOffHours(community.settings) * 3_600_000),
      status: 'pending',
      completedAt: null,
    };
    await repos.privacy.createErasure(created);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'privacy.erase.request',
      targetType: 'member',
      targetId: member.id,
      after: { requestId: created.id, dueAt: created.dueAt },
    });
    return created;
  });
  if (request.dueAt.getTime() <= now.getTime()) {
    await carryOutErasure(deps, { communityId: request.communityId, requestId: request.id });
    return (await deps.uow.run((repos) => repos.privacy.getErasure(request.communityId, request.id))) ?? request;
  }
  try {
    await deps.jobs.schedule({
      name: ERASURE_JOB,
      id: erasureJobId(request.id),
      data: { communityId: request.communityId, requestId: request.id },
      runAt: request.dueAt,
    });
  } catch {
    // The queue is down: the request row is the truth, and `eraseDueMembers` (the reconcile) carries it out.
  }
  return request;
}
