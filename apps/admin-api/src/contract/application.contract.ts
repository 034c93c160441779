import { APPLICATION_STATUSES, PAYMENT_METHODS } from '@snowball/core';
import { z } from 'zod';
import { dateTime, dateTimeInput, memberRef, pagedQuery, uuid, type Wire } from './common.contract.js';

export const applicationStatus = z.enum(APPLICATION_STATUSES);
export const paymentMethod = z.enum(PAYMENT_METHODS);

export const application = z.object({
  id: uuid,
  name: z.string(),
  email: z.string().nullable(),
  company: z.string(),
  industry: z.string(),
  locale: z.string(),
  platform: z.string().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  valuesPledge: z.boolean(),
  flags: z
    .array(z.object({ keyword: z.string(), field: z.string() }))
    .describe('Excluded keywords found in what the applicant wrote.'),
  status: applicationStatus,
  decisionReason: z.string().nullable(),
  decidedAt: dateTime.nullable(),
  memberId: uuid.nullable(),
  submittedAt: dateTime,
  referrer: memberRef.nullable(),
  decidedBy: memberRef.nullable(),
  reasonShared: z.boolean().optional().describe('Whether the applicant was told the rejection reason.'),
  infoAnswer: z.string().nullable().optional().describe('The applicant’s answer to the reviewer’s question.'),
  infoAnsweredAt: dateTime.nullable().optional(),
  vouchedAt: dateTime.nullable().optional().describe('When the referrer vouched for the applicant.'),
});

export const applicationsQuery = pagedQuery({ status: applicationStatus.optional() });

const reason = (required: boolean) => (required ? z.string().min(1).max(1000) : z.string().max(1000));
export const approveBody = z.object({ note: reason(false).optional() }).optional();
export const rejectBody = z.object({
  reason: reason(true),
  shareReason: z.boolean().optional().describe('Tell the applicant the reason (default: not shared).'),
});
export const requestInfoBody = z.object({ message: reason(true) });

export const paymentBody = z.object({
  amount: z.string().min(1).max(32).describe('Decimal, as typed: "1000" or "1,000.50".'),
  currency: z.string().length(3),
  method: paymentMethod,
  reference: z.string().min(1).max(120),
  paidAt: dateTimeInput.optional(),
  discountReason: z
    .string()
    .max(500)
    .optional()
    .describe('Why less than the fee was paid: required then, and kept in the audit log.'),
  couponCode: z
    .string()
    .max(64)
    .optional()
    .describe('A coupon the member used: checked, counted, and kept as the reason.'),
});

const period = z.object({ id: uuid, startsAt: dateTime, endsAt: dateTime, kind: z.string() });

export const paymentResult = z.object({
  payment: z.object({
    id: uuid,
    amountMinor: z.number().int(),
    currency: z.string(),
    method: z.string(),
    reference: z.string(),
    paidAt: dateTime,
  }),
  period,
});

export type ApplicationStatus = z.output<typeof applicationStatus>;
export type PaymentMethod = z.output<typeof paymentMethod>;
export type Application = Wire<z.output<typeof application>>;
export type PaymentBody = z.input<typeof paymentBody>;
export type PaymentResult = Wire<z.output<typeof paymentResult>>;
