import { systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `questions.sla` (every 10 minutes, every club): the response-time promise. Questions still waiting at the
 * club's promise remind their coach; at twice it, the owners. Each message goes out once (delivery keys and
 * marks on the question), so a rerun or an overlapping run sends nothing again.
 */
export const questionSlaJob = defineJob({
  name: 'questions.sla',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'questions.sla', (community) =>
      ctx.core.runQuestionSla({ actor: systemActor(community.id, 'questions.sla'), communityId: community.id }),
    ),
});
