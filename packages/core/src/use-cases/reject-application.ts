import type { Application } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';
import { announceApplicationDecision } from './announce-application-decision.js';
import { loadOpenApplication } from './load-open-application.js';

/**
 * A moderator turns an applicant down, always with a reason; the reviewer chooses whether the applicant is told
 * the reason. The applicant is told by DM once the decision is committed (`announceApplicationDecision`).
 */
export async function rejectApplication(
  deps: Uow<
    'accounts' | 'applications' | 'audit' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships'
  > &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger' | 'paymentGateway'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly applicationId: string;
    readonly reason: string;
    /** Tell the applicant the reason (default: no, it stays with staff). */
    readonly shareReason?: boolean;
  },
): Promise<Application> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const reason = cleanText(input.reason, 'reason', 1000);
  if (!reason) throw new DomainError('application.reason_required');
  const now = deps.clock.now();
  const decided = await deps.uow.run(async (repos) => {
    const before = await loadOpenApplication(repos, input.communityId, input.applicationId);
    const after: Application = {
      ...before,
      status: 'rejected',
      decisionReason: reason,
      reasonShared: input.shareReason === true,
      decidedBy: actorId(input.actor),
      decidedAt: now,
    };
    await repos.applications.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'application.reject',
      targetType: 'application',
      targetId: after.id,
      before: { status: before.status },
      after: { status: after.status, reason, reasonShared: after.reasonShared },
    });
    return after;
  });
  await announceApplicationDecision(deps, decided);
  return decided;
}
