import type { Community } from '@snowball/core';
import type { JobContext } from '../job-context.js';

/**
 * Runs `work` for every club. One club's failure does not hold up the others: it is logged, and the job
 * fails at the end so BullMQ retries it (every per-club step is safe to repeat).
 */
export async function forEachClub<T>(
  ctx: Pick<JobContext, 'communities' | 'logger'>,
  job: string,
  work: (community: Community) => Promise<T>,
): Promise<{ readonly results: Record<string, T>; readonly clubs: number }> {
  const results: Record<string, T> = {};
  const failed: string[] = [];
  const communities = await ctx.communities.list();
  for (const community of communities) {
    try {
      results[community.slug] = await work(community);
    } catch (error) {
      failed.push(community.slug);
      ctx.logger.error({ job, community: community.slug, err: error }, 'club step failed');
    }
  }
  if (failed.length > 0) throw new Error(`${job} failed for ${failed.join(', ')}`);
  return { results, clubs: communities.length };
}
