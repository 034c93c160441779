import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `weekly-digest.send` (data `{ communityId }`, Mondays 09:00 in the club's timezone, one job scheduler per club):
 * posts the week's digest (#16) to the digest channel of each platform set in Settings. Each post is claimed in
 * Postgres under the club's week, channel and language first, so a retry or a manual rerun posts nothing twice.
 */
export const sendWeeklyDigestJob = defineJob({
  name: 'weekly-digest.send',
  queue: 'tasks',
  payload: z.object({ communityId: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.sendWeeklyDigest(data),
});
