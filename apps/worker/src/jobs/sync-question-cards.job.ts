import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `questions.cards` (every minute, every club): the staff channel's question cards (#15). A new waiting question
 * gets a card with Claim / Answer buttons on each platform with a staff channel in Settings; a card whose question
 * was claimed, answered or resolved since is edited in place. Each card is claimed in Postgres before it is
 * posted, so a rerun, an overlapping run or a retry never posts a second card for a question.
 */
export const syncQuestionCardsJob = defineJob({
  name: 'questions.cards',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'questions.cards', async (community) => {
      if (!community.settings.staffChannels) return { posted: 0, updated: 0, skipped: 0 };
      return ctx.core.syncQuestionCards({ communityId: community.id });
    }),
});
