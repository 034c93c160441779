import type { SendReminderResult } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';

/**
 * `lesson.reminder` (data `{ communityId, key }`): the core re-checks the lesson, the RSVP and the member's
 * settings, then sends once per key through the delivery records. A temporary send failure throws (retried).
 */
export async function sendLessonReminderJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<SendReminderResult> {
  return ctx.core.sendLessonReminder({ communityId: textField(data, 'communityId'), key: textField(data, 'key') });
}
