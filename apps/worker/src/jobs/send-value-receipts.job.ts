import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `vitality.value-receipts` (hourly, every club): sends the renewal value receipts now due — members whose
 * membership ends within 30 days, during the club's daytime — each once per membership end (delivery keys), or
 * alerts the owners about a member who got little. Safe to repeat.
 */
export const sendValueReceiptsJob = defineJob({
  name: 'vitality.value-receipts',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'vitality.value-receipts', async (community) => {
      const { sent } = await ctx.core.sendValueReceipts({ communityId: community.id });
      return sent;
    }),
});
