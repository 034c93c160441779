import { INTRO_NOTIFY_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `intro.notify` (data `{ communityId, introductionId }`, job id `intro-notify:<id>:<stage>`): tells both
 * members about the introduction at its current stage; each message is claimed under its own delivery key,
 * so a rerun sends nothing twice. Scheduled by the core (`runScheduledMatchingRound`, `announceMissingIntros`).
 */
export const notifyIntroJob = defineJob({
  name: INTRO_NOTIFY_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, introductionId: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.notifyIntro(data),
});
