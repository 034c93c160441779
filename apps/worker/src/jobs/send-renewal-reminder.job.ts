import type { SendRenewalResult } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';

/**
 * `renewal.reminder` (data `{ communityId, key }`): a reminder N days before the end or the grace notice at
 * the end; skipped by the core when the member renewed meanwhile or a later step is already due.
 */
export async function sendRenewalReminderJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<SendRenewalResult> {
  return ctx.core.sendRenewalReminder({ communityId: textField(data, 'communityId'), key: textField(data, 'key') });
}
