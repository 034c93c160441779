import { RENEWAL_REMINDER_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `renewal.reminder` (data `{ communityId, key }`): a reminder N days before the end or the grace notice at
 * the end; skipped by the core when the member renewed meanwhile or a later step is already due.
 */
export const sendRenewalReminderJob = defineJob({
  name: RENEWAL_REMINDER_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, key: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.sendRenewalReminder(data),
});
