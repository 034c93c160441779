import { ERASURE_JOB, type ErasureOutcome } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `privacy.erase` (data `{ communityId, requestId }`, at the request's due time): carries out a member's
 * erasure once the club's cooling-off is over. The request row decides: a cancelled or done one is left alone,
 * so a retried or duplicated job erases once.
 */
export const privacyEraseJob = defineJob({
  name: ERASURE_JOB,
  queue: 'tasks',
  payload: z.object({ communityId: jobId, requestId: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data): Promise<ErasureOutcome> =>
    ctx.core.carryOutErasure({ communityId: data.communityId, requestId: data.requestId }),
});
