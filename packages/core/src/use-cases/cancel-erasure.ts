import { ERASURE_JOB, erasureJobId } from '../domain/privacy.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { requirePrivacyAccess } from '../rules/privacy-access.js';

/**
 * Cancels a member's pending erasure during its cooling-off; throws `privacy.no_pending_erasure` otherwise, and
 * `member.not_found` for a member this club does not have.
 */
export async function cancelErasure(
  deps: Uow<'audit' | 'members' | 'privacy'> & Pick<Ports, 'clock' | 'ids' | 'jobs'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<void> {
  requirePrivacyAccess(input.actor, input.communityId, input.memberId);
  const cancelled = await deps.uow.run(async (repos) => {
    if (!(await repos.members.get(input.communityId, input.memberId))) {
      throw new DomainError('member.not_found', { memberId: input.memberId });
    }
    const pending = await repos.privacy.pendingErasureOf(input.communityId, input.memberId);
    if (!pending) throw new DomainError('privacy.no_pending_erasure');
    await repos.privacy.updateErasure({ ...pending, status: 'cancelled', completedAt: deps.clock.now() });
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'privacy.erase.cancel',
      targetType: 'member',
      targetId: input.memberId,
      after: { requestId: pending.id },
    });
    return pending;
  });
  // The job finds the request cancelled anyway; removing it early only tidies the queue.
  await deps.jobs.cancel(ERASURE_JOB, erasureJobId(cancelled.id)).catch(() => undefined);
}
