import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `lessons.extend-series` (every 6 hours, every club): keeps each recurring series generated a year ahead,
 * so lessons always exist well past the ~3 months members look at. Only missing occurrences are created;
 * the reconcile job schedules their reminders once they come within its horizon.
 */
export const extendLessonSeriesJob = defineJob({
  name: 'lessons.extend-series',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'lessons.extend-series', async (community) => {
      const { created } = await ctx.core.extendLessonSeries({ communityId: community.id });
      return created.length;
    }),
});
