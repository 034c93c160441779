import { APPLICATION_DECISION_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `application.decision` (data `{ communityId, applicationId }`, job id `application-decision:<delivery key>`):
 * the safety net behind the DM a decision sends at once. It claims the same delivery key, so when that DM went
 * out it sends nothing; when it failed (or the process stopped first) it sends it now, retried until delivered.
 * Scheduled by the core's decision use cases (approve, reject, request more information).
 */
export const sendApplicationDecisionJob = defineJob({
  name: APPLICATION_DECISION_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, applicationId: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.deliverApplicationDecision(data),
});
