import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, PERIODIC_RETRY } from '../job-definition.js';

/**
 * `matching.round` (data `{ communityId }`, every `matchingIntervalDays`): the core decides whether a round
 * is due (not when one ran less than half an interval ago), runs it, and queues each introduction's
 * announcement; introductions whose announcement was never queued are found by the reconcile job.
 */
export const matchingRoundJob = defineJob({
  name: 'matching.round',
  queue: 'tasks',
  payload: z.object({ communityId: jobId }),
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.runScheduledMatchingRound(data),
});
