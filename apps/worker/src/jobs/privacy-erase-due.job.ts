import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';

/**
 * `privacy.erase-due` (hourly): carries out every erasure whose cooling-off is over, in pages, so one whose
 * `privacy.erase` job was lost (Redis down when it was requested, or flushed since) still runs.
 */
export const privacyEraseDueJob = defineJob({
  name: 'privacy.erase-due',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>) => ctx.core.eraseDueMembers({}),
});
