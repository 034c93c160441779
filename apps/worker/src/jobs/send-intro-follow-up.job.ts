import { DomainError, INTRO_FOLLOW_UP_JOB, parseIntroFollowUpKey } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `intro.follow-up` (data `{ communityId, introductionId, memberId, key }`, job id = the key): asks one member
 * whether the introduction led to business. The core re-checks the row — still introduced, not answered with a
 * deal or a no, and `followUpAt` still the instant in the key (a "Not yet" moves it, making this job stale) —
 * and sends at most once per key.
 */
export const sendIntroFollowUpJob = defineJob({
  name: INTRO_FOLLOW_UP_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, introductionId: jobId, memberId: jobId, key: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => {
    const parsed = parseIntroFollowUpKey(data.key);
    if (!parsed || parsed.introductionId !== data.introductionId || parsed.memberId !== data.memberId) {
      throw new DomainError('validation.invalid', { job: INTRO_FOLLOW_UP_JOB, field: 'key' });
    }
    return ctx.core.sendIntroFollowUp({
      communityId: data.communityId,
      introductionId: data.introductionId,
      memberId: data.memberId,
      expectedFollowUpAt: parsed.followUpAt,
    });
  },
});
