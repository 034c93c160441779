import { ENCODE_MEANINGS_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `profiles.encode-meanings`: stores the sentence meanings matching reads (core `encodeProfileMeanings`, ~40 ms
 * of CPU a profile, at most a run's budget at a time). Without `communityId` it is the hourly tick: it queues a
 * run for every club. With it, one run for that club; a run that left profiles behind queues the next one (the
 * ids come from `encodeMeaningsJob`, so the chain and the hourly tick never queue two runs of one step).
 * Without a sentence encoder in the worker, every run does nothing.
 */
export const encodeProfileMeaningsJob = defineJob({
  name: ENCODE_MEANINGS_JOB,
  queue: 'tasks',
  payload: z.object({
    communityId: jobId.optional(),
    slot: z.string().max(40).optional(),
    step: z.number().int().min(0).optional(),
    reason: z.string().max(200).optional(),
  }),
  retry: PERIODIC_RETRY,
  handler: async (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>, data) => {
    const { communityId } = data;
    if (communityId === undefined) {
      return forEachClub(ctx, ENCODE_MEANINGS_JOB, (community) =>
        ctx.core.scheduleProfileMeanings({ communityId: community.id }),
      );
    }
    const result = await ctx.core.encodeProfileMeanings({ communityId });
    if (result.remaining) {
      const previous = data.slot === undefined ? undefined : { slot: data.slot, step: data.step ?? 0 };
      await ctx.core.scheduleProfileMeanings({ communityId, ...(previous ? { previous } : {}) });
    }
    return result;
  },
});
