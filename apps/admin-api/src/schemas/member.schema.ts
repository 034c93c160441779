import { dateTime, membershipState, nullableDateTime, nullableString, uuid } from './common.schema.js';

export const memberSummary = {
  type: 'object',
  required: ['id', 'handle', 'displayName', 'membership'],
  properties: {
    id: uuid,
    handle: { type: 'string' },
    displayName: { type: 'string' },
    email: nullableString,
    locale: nullableString,
    createdAt: dateTime,
    membership: membershipState,
  },
} as const;

const period = {
  type: 'object',
  properties: {
    id: uuid,
    startsAt: dateTime,
    endsAt: dateTime,
    kind: { type: 'string', enum: ['initial', 'renewal', 'extension'] },
    paymentId: { type: ['string', 'null'] },
  },
} as const;

const payment = {
  type: 'object',
  properties: {
    id: uuid,
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    method: { type: 'string' },
    reference: { type: 'string' },
    paidAt: dateTime,
    recordedBy: { type: ['string', 'null'] },
  },
} as const;

const strike = {
  type: 'object',
  properties: {
    id: uuid,
    kind: { type: 'string' },
    status: { type: 'string' },
    excerpt: { type: 'string' },
    reason: { type: 'string' },
    decidedAt: nullableDateTime,
    createdAt: dateTime,
  },
} as const;

const profile = {
  type: ['object', 'null'],
  properties: {
    company: { type: 'string' },
    role: { type: 'string' },
    industry: { type: 'string' },
    region: { type: 'string' },
    skills: { type: 'string' },
    offers: { type: 'string' },
    needs: { type: 'string' },
    languages: { type: 'array', items: { type: 'string' } },
    visibility: { type: 'string' },
  },
} as const;

export const memberDetail = {
  type: 'object',
  required: ['member', 'membership', 'periods', 'roles', 'accounts', 'payments', 'strikes'],
  properties: {
    member: {
      type: 'object',
      properties: {
        ...memberSummary.properties,
        timezone: nullableString,
        notes: { type: 'string', description: 'Staff-only notes.' },
      },
    },
    membership: membershipState,
    periods: { type: 'array', items: period },
    roles: { type: 'array', items: { type: 'string' } },
    accounts: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          platform: { type: 'string' },
          workspaceId: { type: 'string' },
          platformUserId: { type: 'string' },
          linkedAt: dateTime,
        },
      },
    },
    profile,
    payments: { type: ['array', 'null'], items: payment, description: 'Null unless the viewer is an owner.' },
    strikes: { type: 'array', items: strike },
    contributions: { type: 'integer' },
  },
} as const;
