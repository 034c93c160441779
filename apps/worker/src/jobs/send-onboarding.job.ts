import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `vitality.onboarding` (hourly, every club): the new members' onboarding DMs — a welcome from the day their
 * access began (how to ask, `/profile`, the next lesson) and, on day 3, a nudge if their profile is still empty —
 * during the club's daytime, in each member's language, to members who still have access. Each message once per
 * member (delivery keys): safe to repeat.
 */
export const sendOnboardingJob = defineJob({
  name: 'vitality.onboarding',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'vitality.onboarding', async (community) => {
      const { welcomed, nudged } = await ctx.core.sendOnboarding({ communityId: community.id });
      return welcomed + nudged;
    }),
});
