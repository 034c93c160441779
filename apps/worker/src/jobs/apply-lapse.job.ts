import { type ApplyLapseResult, RENEWAL_LAPSE_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `renewal.lapse` (data `{ communityId, memberId, key }`): when the grace period is really over, the member
 * loses the member role on every platform. The core collects platform failures instead of throwing; they are
 * thrown here so the job retries until every platform took the role away (the audit entry and the member's
 * message are not repeated by a retry).
 */
export const applyLapseJob = defineJob({
  name: RENEWAL_LAPSE_JOB,
  queue: 'tasks',
  payload: z.object({ communityId: jobId, memberId: jobId, key: jobId.optional() }),
  retry: NOTICE_RETRY,
  handler: async (ctx: Pick<JobContext, 'core'>, data): Promise<ApplyLapseResult> => {
    const result = await ctx.core.applyLapse({ communityId: data.communityId, memberId: data.memberId });
    const failures = result.access?.failures ?? [];
    if (failures.length > 0) {
      throw new Error(`role removal failed on ${failures.map((f) => `${f.platform} (${f.error})`).join(', ')}`);
    }
    return result;
  },
});
