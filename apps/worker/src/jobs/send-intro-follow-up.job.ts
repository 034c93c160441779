import { DomainError, parseIntroFollowUpKey, type SendIntroFollowUpResult } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';

/**
 * `intro.follow-up` (data `{ communityId, introductionId, memberId, key }`, job id = the key): asks one member
 * whether the introduction led to business. The core re-checks the row — still introduced, not answered with a
 * deal or a no, and `followUpAt` still the instant in the key (a "Not yet" moves it, making this job stale) —
 * and sends at most once per key.
 */
export async function sendIntroFollowUpJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<SendIntroFollowUpResult> {
  const key = textField(data, 'key');
  const parsed = parseIntroFollowUpKey(key);
  const introductionId = textField(data, 'introductionId');
  const memberId = textField(data, 'memberId');
  if (!parsed || parsed.introductionId !== introductionId || parsed.memberId !== memberId) {
    throw new DomainError('validation.invalid', { field: 'key', reason: 'not this introduction’s follow-up key' });
  }
  return ctx.core.sendIntroFollowUp({
    communityId: textField(data, 'communityId'),
    introductionId,
    memberId,
    expectedFollowUpAt: parsed.followUpAt,
  });
}
