import type { ApplyLapseResult } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';

/**
 * `renewal.lapse` (data `{ communityId, memberId, key }`): when the grace period is really over, the member
 * loses the member role on every platform. The core collects platform failures instead of throwing; they are
 * thrown here so the job retries until every platform took the role away (the audit entry and the member's
 * message are not repeated by a retry).
 */
export async function applyLapseJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<ApplyLapseResult> {
  const result = await ctx.core.applyLapse({
    communityId: textField(data, 'communityId'),
    memberId: textField(data, 'memberId'),
  });
  const failures = result.access?.failures ?? [];
  if (failures.length > 0) {
    throw new Error(`role removal failed on ${failures.map((f) => `${f.platform} (${f.error})`).join(', ')}`);
  }
  return result;
}
