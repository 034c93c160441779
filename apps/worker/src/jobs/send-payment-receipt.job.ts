import { PAYMENT_RECEIPT_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, jobId, NOTICE_RETRY } from '../job-definition.js';

/**
 * `payment.receipt` (data `{ communityId, paymentId }`, job id `payment-receipt:<payment>`): the safety net behind
 * the receipt DM a recorded online payment sends at once. It claims the same delivery key, so a receipt that went
 * out is not sent again; one that failed for a passing reason is sent now, retried with backoff until delivered.
 * A permanent failure (DMs closed) is recorded and not retried.
 */
export const sendPaymentReceiptJob = defineJob({
  name: PAYMENT_RECEIPT_JOB,
  queue: 'notify',
  payload: z.object({ communityId: jobId, paymentId: jobId }),
  retry: NOTICE_RETRY,
  handler: (ctx: Pick<JobContext, 'core'>, data) => ctx.core.deliverPaymentReceipt(data),
});
