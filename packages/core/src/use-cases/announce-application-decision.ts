import type { Application } from '../domain/application.js';
import {
  APPLICATION_DECISION_RETRY_DELAY_MS,
  applicationDecisionJob,
  applicationDecisionKey,
} from '../domain/application-decision-notice.js';
import type { Ports } from '../ports/ports.js';
import { type DecisionDeliveryDeps, deliverDecision } from './deliver-application-decision.js';

/**
 * After a decision is committed: queues its `application.decision` job (deterministic id, a little later, so
 * the DM is not lost if the send below fails or this process stops), then sends the DM now. The job finds the
 * delivery already sent and does nothing; a retried decision schedules the same id and claims the same key, so
 * the applicant gets one message per decision. Never throws: the decision stands whatever happens to the DM.
 */
export async function announceApplicationDecision(
  deps: DecisionDeliveryDeps & Pick<Ports, 'jobs'>,
  application: Application,
): Promise<void> {
  const key = applicationDecisionKey(application);
  // Applied without a chat account: there is no platform to tell them on (see `deliverApplicationDecision`).
  if (!key || !application.platform || !application.platformUserId) return;
  const runAt = new Date(deps.clock.now().getTime() + APPLICATION_DECISION_RETRY_DELAY_MS);
  try {
    await deps.jobs.schedule(applicationDecisionJob(application.communityId, application.id, key, runAt));
  } catch {
    // The queue is down: the DM below is still tried, and its failure stays pending in deliveries for staff.
  }
  await deliverDecision(deps, { communityId: application.communityId, applicationId: application.id }, 'return');
}
