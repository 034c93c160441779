import type { JobRequest } from '../ports/job-queue.js';
import type { Application } from './application.js';
import { keyInstant } from './delivery-key.js';

/** The job that (re)sends the DM telling an applicant about the decision on their application. */
export const APPLICATION_DECISION_JOB = 'application.decision';

/**
 * How long the decision's safety-net job waits: the decision use case sends the DM straight away, and the job
 * only finds it already sent (same delivery key). It sends it when that first attempt failed or never ran.
 */
export const APPLICATION_DECISION_RETRY_DELAY_MS = 2 * 60_000;

/**
 * The delivery key of the DM for the application's current state, or null when that state tells the applicant
 * nothing (pending, withdrawn). More information is asked once per round: a new round starts after an answer.
 */
export function applicationDecisionKey(
  application: Pick<Application, 'id' | 'status' | 'decisionReason' | 'infoAnsweredAt' | 'submittedAt'>,
): string | null {
  if (application.status === 'approved') return `application-approved:${application.id}`;
  if (application.status === 'rejected') return `application-rejected:${application.id}`;
  if (application.status === 'info_requested' && application.decisionReason) {
    return `application-info:${application.id}:${keyInstant(application.infoAnsweredAt ?? application.submittedAt)}`;
  }
  return null;
}

/** One job per decision DM (`application-decision:<delivery key>`), so scheduling it again is harmless. */
export function applicationDecisionJob(communityId: string, applicationId: string, key: string, at: Date): JobRequest {
  return {
    name: APPLICATION_DECISION_JOB,
    id: `application-decision:${key}`,
    data: { communityId, applicationId },
    runAt: at,
  };
}
