import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `vitality.refresh` (hourly, every club): brings each club's daily vitality summary up to the current local
 * day, a week of days per statement (a year on the first run), so the panel's series read stored rows. Safe to
 * repeat: each day is recomputed from the source tables and replaced.
 */
export const refreshVitalityJob = defineJob({
  name: 'vitality.refresh',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'vitality.refresh', async (community) => {
      const { days } = await ctx.core.refreshVitality({ communityId: community.id });
      return days;
    }),
});
