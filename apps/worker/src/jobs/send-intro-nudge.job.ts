import { INTRO_NUDGE_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `intro.nudge` (data `{ communityId, introductionId, memberId, kind }`, job id = the delivery key
 * `intro-<kind>:<id>:<member>`): one loop notice — a reminder before a proposal closes, or word that it did not
 * go ahead, or the quiet nudge 48 hours after an introduction nobody followed up. The core re-checks that it is still due and sends at most once per key. Queued by the reconcile
 * (`scheduleIntroNudges`).
 */
export const sendIntroNudgeJob = defineJob({
  name: INTRO_NUDGE_JOB,
  queue: 'notify',
  payload: z.object({
    communityId: jobId,
    introductionId: jobId,
    memberId: jobId,
    kind: z.enum(['reminder', 'closed', 'quiet']),
  }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.sendIntroNudge(data),
});
