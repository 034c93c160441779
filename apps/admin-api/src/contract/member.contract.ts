import { MEMBER_FILTERS, MEMBERSHIP_STATUSES } from '@snowball/core';
import { z } from 'zod';
import { paymentMethod } from './application.contract.js';
import {
  afterQuery,
  count,
  dateTime,
  keysetPage,
  memberRef,
  membershipState,
  pagedQuery,
  pageQuery,
  queryBoolean,
  queryInt,
  uuid,
  type Wire,
} from './common.contract.js';
import { staffRole } from './session.contract.js';

export const membershipStatus = z.enum(MEMBERSHIP_STATUSES);
export const memberFilter = z.enum(MEMBER_FILTERS);

export const memberSummary = z.object({
  id: uuid,
  handle: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: z.string().nullable(),
  createdAt: dateTime,
  membership: membershipState,
});

export const membersQuery = pagedQuery({
  search: z.string().max(100).optional(),
  status: memberFilter.optional(),
  ...afterQuery,
});

export const memberPage = keysetPage(memberSummary);

export const memberLookupQuery = z.object({
  search: z.string().min(1).max(100),
  withAccess: queryBoolean.optional().describe('Only members whose membership gives access now.'),
  limit: queryInt(1, 20).default(10),
  lang: pageQuery.lang,
});

export const memberLookup = memberRef.extend({ status: membershipStatus });

const period = z.object({
  id: uuid,
  startsAt: dateTime,
  endsAt: dateTime,
  kind: z.enum(['initial', 'renewal', 'extension']),
  paymentId: z.string().nullable(),
});

const payment = z.object({
  id: uuid,
  amountMinor: z.number().int(),
  currency: z.string(),
  method: paymentMethod,
  reference: z.string(),
  paidAt: dateTime,
  recordedBy: z.string().nullable(),
});

const strike = z.object({
  id: uuid,
  kind: z.string(),
  status: z.string(),
  excerpt: z.string(),
  reason: z.string(),
  decidedAt: dateTime.nullable(),
  createdAt: dateTime,
});

const profile = z.object({
  company: z.string(),
  role: z.string(),
  industry: z.string(),
  region: z.string(),
  skills: z.string(),
  offers: z.string(),
  needs: z.string(),
  languages: z.array(z.string()),
  visibility: z.string(),
});

export const memberDetail = z.object({
  member: memberSummary.extend({
    timezone: z.string().nullable(),
    notes: z.string().describe('Staff-only notes.'),
  }),
  membership: membershipState,
  periods: z.array(period),
  roles: z.array(staffRole),
  accounts: z.array(
    z.object({ platform: z.string(), workspaceId: z.string(), platformUserId: z.string(), linkedAt: dateTime }),
  ),
  profile: profile.nullable(),
  payments: z.array(payment).nullable().describe('Null unless the viewer is an owner.'),
  strikes: z.array(strike),
  contributions: count,
});

export const notesBody = z.object({ notes: z.string().max(4000) });
export const notesResult = z.object({ id: uuid, notes: z.string() });

export const extensionBody = z.object({
  days: z.number().int().min(1).max(365),
  reason: z.string().min(1).max(500),
});
export const extensionResult = z.object({ id: uuid, startsAt: dateTime, endsAt: dateTime, kind: z.string() });

export const endBody = z.object({ reason: z.string().min(1).max(500) });
export const endResult = z.object({
  endsAt: dateTime.describe('The stored end: grace days before `endedAt`, so no grace is left.'),
  endedAt: dateTime,
  access: z.object({
    accounts: count.describe('Linked platform accounts the roles were revoked on.'),
    // The platform's error text stays in the logs; the panel only says where it failed.
    failures: z.array(z.object({ platform: z.string() })),
  }),
});

export type MembershipStatus = z.output<typeof membershipStatus>;
export type MemberFilter = z.output<typeof memberFilter>;
export type MemberSummary = Wire<z.output<typeof memberSummary>>;
export type MemberPage = Wire<z.output<typeof memberPage>>;
export type MemberLookup = Wire<z.output<typeof memberLookup>>;
export type MemberDetail = Wire<z.output<typeof memberDetail>>;
export type EndResult = Wire<z.output<typeof endResult>>;
