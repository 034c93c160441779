import { UNMATCHED_NOTICE_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `matching.unmatched` (data `{ communityId, memberId, reason, key }`, job id = the delivery key
 * `unmatched:<member>:<reason>:<YYYY-MM>`): tells a member the round found nobody for them and what would
 * help. Queued in bulk by the scheduled matching round.
 */
export const sendUnmatchedNoticeJob = defineJob({
  name: UNMATCHED_NOTICE_JOB,
  queue: 'notify',
  payload: z.object({
    communityId: jobId,
    memberId: jobId,
    reason: z.enum(['paused', 'no_offers', 'no_needs', 'no_match']),
    key: jobId,
  }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.sendUnmatchedNotice(data),
});
