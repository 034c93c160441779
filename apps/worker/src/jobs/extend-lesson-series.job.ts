import type { JobContext } from '../job-context.js';
import { forEachClub } from './for-each-club.js';

/**
 * `lessons.extend-series` (every 6 hours, every club): keeps each recurring series generated a year ahead,
 * so lessons always exist well past the ~3 months members look at. Only missing occurrences are created;
 * the reconcile job schedules their reminders once they come within its horizon.
 */
export async function extendLessonSeriesJob(ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) {
  return forEachClub(ctx, 'lessons.extend-series', async (community) => {
    const { created } = await ctx.core.extendLessonSeries({ communityId: community.id });
    return created.length;
  });
}
