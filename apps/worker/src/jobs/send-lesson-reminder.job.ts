import { LESSON_REMINDER_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `lesson.reminder` (data `{ communityId, key }`, job id = the delivery key): the core re-checks the rows and
 * sends at most once per key; a temporary send failure throws (retried).
 */
export const sendLessonReminderJob = defineJob({
  name: LESSON_REMINDER_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, key: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.sendLessonReminder(data),
});
