import type { RenewalsDueSummary } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';

/**
 * `renewals.summary` (data `{ communityId }`, daily at 09:00 in the club's timezone): owners get who is due,
 * in grace and lapsed yesterday. Each owner's message is keyed by the club-local date, so a rerun sends nothing.
 */
export async function renewalsSummaryJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<Pick<RenewalsDueSummary, 'date'> & { due: number; inGrace: number; lapsedYesterday: number; sent: number }> {
  const summary = await ctx.core.renewalsDueSummary({ communityId: textField(data, 'communityId') });
  return {
    date: summary.date,
    due: summary.due.length,
    inGrace: summary.inGrace.length,
    lapsedYesterday: summary.lapsedYesterday.length,
    sent: summary.sent.filter((s) => s.status === 'sent').length,
  };
}
