import { MODERATION_DECISION_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `moderation.decision` (data `{ communityId, caseId, notice }`, job id `moderation-decision:<case>:<notice>`): the
 * safety net behind the DM a moderator's decision sends at once. It claims the same delivery key, so when that DM
 * went out it sends nothing; when it failed (or the process stopped first) it sends it now, retried until delivered.
 */
export const sendModerationDecisionJob = defineJob({
  name: MODERATION_DECISION_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, caseId: jobId, notice: z.string().max(40) }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.deliverModerationDecision(data),
});
