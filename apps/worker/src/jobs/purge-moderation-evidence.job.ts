import { systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/**
 * `moderation.purge-evidence` (daily, every club): erases the message excerpts of decided cases once the club's
 * evidence retention has run out, a chunk per transaction; safe to repeat.
 */
export const purgeModerationEvidenceJob = defineJob({
  name: 'moderation.purge-evidence',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>) =>
    forEachClub(ctx, 'moderation.purge-evidence', (community) =>
      ctx.core.purgeModerationEvidence({
        actor: systemActor(community.id, 'moderation'),
        communityId: community.id,
      }),
    ),
});
