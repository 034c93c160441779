import { systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/** `introductions.expire` (hourly, every club): closes proposals nobody finished answering in time. */
export const expireIntrosJob = defineJob({
  name: 'introductions.expire',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'introductions.expire', async (community) => {
      const expired = await ctx.core.expireIntros({
        actor: systemActor(community.id, 'introductions'),
        communityId: community.id,
      });
      return expired.length;
    }),
});
