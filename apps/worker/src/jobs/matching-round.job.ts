import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, PERIODIC_RETRY } from '../job-definition.js';

/**
 * `matching.round` (data `{ communityId }`, every `matchingIntervalDays`): the core decides whether a round
 * is due (not when one ran less than half an interval ago); a due round first stores the sentence meanings of
 * profiles new or edited since the last encoding run (see `runScheduledMatchingRound`), runs, and queues each
 * introduction's announcement; introductions whose announcement was never queued are found by the reconcile job.
 */
export const matchingRoundJob = defineJob({
  name: 'matching.round',
  queue: 'tasks',
  payload: z.object({ communityId: jobId }),
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.runScheduledMatchingRound(data),
});
