import type { Application } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';
import { announceApplicationDecision } from './announce-application-decision.js';
import { loadOpenApplication } from './load-open-application.js';

/**
 * A moderator asks the applicant for more information before deciding; once committed, the applicant gets a DM
 * with the question and a button to answer. The reviewer is kept in `decidedBy` so the answer reaches them.
 */
export async function requestApplicationInfo(
  deps: Uow<
    'accounts' | 'applications' | 'audit' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships'
  > &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger' | 'paymentGateway'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly applicationId: string;
    readonly message: string;
  },
): Promise<Application> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const message = cleanText(input.message, 'message', 1000);
  if (!message) throw new DomainError('application.reason_required');
  const decided = await deps.uow.run(async (repos) => {
    const before = await loadOpenApplication(repos, input.communityId, input.applicationId);
    const after: Application = {
      ...before,
      status: 'info_requested',
      decisionReason: message,
      decidedBy: actorId(input.actor),
    };
    await repos.applications.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'application.request_info',
      targetType: 'application',
      targetId: after.id,
      before: { status: before.status },
      after: { status: after.status, message },
    });
    return after;
  });
  await announceApplicationDecision(deps, decided);
  return decided;
}
