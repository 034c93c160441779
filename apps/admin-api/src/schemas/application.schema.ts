import { APPLICATION_STATUSES, PAYMENT_METHODS } from '@snowball/core';
import { dateTime, memberRef, nullableDateTime, nullableString, uuid } from './common.schema.js';

export const application = {
  type: 'object',
  required: ['id', 'name', 'status', 'submittedAt', 'flags', 'answers'],
  properties: {
    id: uuid,
    name: { type: 'string' },
    email: nullableString,
    company: { type: 'string' },
    industry: { type: 'string' },
    locale: { type: 'string' },
    platform: nullableString,
    answers: {
      type: 'array',
      items: { type: 'object', properties: { question: { type: 'string' }, answer: { type: 'string' } } },
    },
    valuesPledge: { type: 'boolean' },
    flags: {
      type: 'array',
      description: 'Excluded keywords found in what the applicant wrote.',
      items: { type: 'object', properties: { keyword: { type: 'string' }, field: { type: 'string' } } },
    },
    status: { type: 'string', enum: [...APPLICATION_STATUSES] },
    decisionReason: nullableString,
    decidedAt: nullableDateTime,
    memberId: { type: ['string', 'null'], format: 'uuid' },
    submittedAt: dateTime,
    referrer: memberRef,
    decidedBy: memberRef,
  },
} as const;

export const paymentBody = {
  type: 'object',
  required: ['amount', 'currency', 'method', 'reference'],
  additionalProperties: false,
  properties: {
    amount: { type: 'string', minLength: 1, maxLength: 32, description: 'Decimal, as typed: "1000" or "1,000.50".' },
    currency: { type: 'string', minLength: 3, maxLength: 3 },
    method: { type: 'string', enum: [...PAYMENT_METHODS] },
    reference: { type: 'string', minLength: 1, maxLength: 120 },
    paidAt: dateTime,
  },
} as const;

export const paymentResult = {
  type: 'object',
  properties: {
    payment: {
      type: 'object',
      properties: {
        id: uuid,
        amountMinor: { type: 'integer' },
        currency: { type: 'string' },
        method: { type: 'string' },
        reference: { type: 'string' },
        paidAt: dateTime,
      },
    },
    period: {
      type: 'object',
      properties: { id: uuid, startsAt: dateTime, endsAt: dateTime, kind: { type: 'string' } },
    },
  },
} as const;

export interface PaymentBody {
  readonly amount: string;
  readonly currency: string;
  readonly method: (typeof PAYMENT_METHODS)[number];
  readonly reference: string;
  readonly paidAt?: string;
}
