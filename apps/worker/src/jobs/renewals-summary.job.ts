import type { RenewalsDueSummary } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, PERIODIC_RETRY } from '../job-definition.js';

/**
 * `renewals.summary` (data `{ communityId }`, daily at 09:00 in the club's timezone): owners get who is due,
 * in grace and lapsed yesterday. Each owner's message is keyed by the club-local date, so a rerun sends nothing.
 */
export const renewalsSummaryJob = defineJob({
  name: 'renewals.summary',
  queue: 'tasks',
  payload: z.object({ communityId: jobId }),
  retry: PERIODIC_RETRY,
  handler: async (
    ctx: Pick<JobContext, 'core'>,
    data,
  ): Promise<
    Pick<RenewalsDueSummary, 'date'> & { due: number; inGrace: number; lapsedYesterday: number; sent: number }
  > => {
    const summary = await ctx.core.renewalsDueSummary({ communityId: data.communityId });
    return {
      date: summary.date,
      due: summary.due.length,
      inGrace: summary.inGrace.length,
      lapsedYesterday: summary.lapsedYesterday.length,
      sent: summary.sent.filter((s) => s.status === 'sent').length,
    };
  },
});
