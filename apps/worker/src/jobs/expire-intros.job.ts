import { systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { forEachClub } from './for-each-club.js';

/** `introductions.expire` (hourly, every club): closes proposals nobody finished answering in time. */
export async function expireIntrosJob(ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) {
  return forEachClub(ctx, 'introductions.expire', async (community) => {
    const expired = await ctx.core.expireIntros({
      actor: systemActor(community.id, 'introductions'),
      communityId: community.id,
    });
    return expired.length;
  });
}
