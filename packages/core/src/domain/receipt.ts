import { formatDate } from '../i18n/format-date-time.js';
import type { Locale } from '../i18n/locale.js';
import { paymentText } from '../i18n/payment-messages.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { OutboundMessage } from '../ports/messenger.js';
import { formatMoney } from './money.js';
import type { Payment } from './payment.js';
import { type Discount, describeDiscounts } from './pricing.js';

/** Everything a receipt shows, in the member's language. */
export interface ReceiptData {
  readonly clubName: string;
  readonly memberName: string;
  readonly payment: Payment;
  readonly period: { readonly startsAt: Date; readonly endsAt: Date } | null;
  readonly discounts: readonly Discount[];
  readonly timezone: string;
}

/** A receipt as a direct message. */
export function receiptMessage(data: ReceiptData, locale: Locale): OutboundMessage {
  const { payment } = data;
  const money = formatMoney(payment, locale);
  const method = payment.method === 'stripe' ? paymentText(locale, 'method.stripe') : payment.method;
  const fields = [
    { name: paymentText(locale, 'receipt.club'), value: data.clubName },
    { name: paymentText(locale, 'receipt.member'), value: data.memberName },
    ...(data.period
      ? [
          {
            name: paymentText(locale, 'receipt.period'),
            value: `${formatDate(data.period.startsAt, data.timezone, locale)} – ${formatDate(data.period.endsAt, data.timezone, locale)}`,
          },
        ]
      : []),
    { name: paymentText(locale, 'receipt.amount'), value: money },
    { name: paymentText(locale, 'receipt.method'), value: method },
    { name: paymentText(locale, 'receipt.reference'), value: payment.reference },
  ];
  const discounts = describeDiscounts(
    { purpose: 'join', currency: payment.currency, listAmountMinor: 0, amountMinor: 0, discounts: data.discounts },
    locale,
  );
  if (discounts.length) fields.push({ name: paymentText(locale, 'receipt.discounts'), value: discounts.join('\n') });
  return {
    title: paymentText(locale, 'receipt.title'),
    text: paymentText(locale, 'receipt.text', { club: data.clubName }),
    fields,
  };
}

/** The job that (re)sends a payment's receipt DM. */
export const PAYMENT_RECEIPT_JOB = 'payment.receipt';

/** The safety-net job waits this long: the receipt is sent at once, and the job finds it sent. */
export const PAYMENT_RECEIPT_RETRY_DELAY_MS = 2 * 60_000;

/** The delivery key of a payment's receipt DM: one receipt per payment, however often it is tried. */
export function paymentReceiptKey(paymentId: string): string {
  return `payment-receipt:${paymentId}`;
}

/** One job per payment (`payment-receipt:<payment>`), so scheduling it again is harmless. */
export function paymentReceiptJob(communityId: string, paymentId: string, at: Date): JobRequest {
  return { name: PAYMENT_RECEIPT_JOB, id: paymentReceiptKey(paymentId), data: { communityId, paymentId }, runAt: at };
}
