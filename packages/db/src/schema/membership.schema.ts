import type {
  ApplicationAnswer,
  ApplicationFlag,
  ApplicationStatus,
  Locale,
  PaymentMethod,
  PeriodKind,
  Platform,
} from '@snowball/core';
import { bigint, boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** Applications to join a club. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    company: text('company').notNull(),
    industry: text('industry').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    platform: text('platform').$type<Platform>(),
    workspaceId: text('workspace_id'),
    platformUserId: text('platform_user_id'),
    answers: jsonb('answers').$type<readonly ApplicationAnswer[]>().notNull(),
    valuesPledge: boolean('values_pledge').notNull(),
    referrerMemberId: uuid('referrer_member_id').references(() => members.id, { onDelete: 'set null' }),
    flags: jsonb('flags').$type<readonly ApplicationFlag[]>().notNull(),
    status: text('status').$type<ApplicationStatus>().notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => members.id, { onDelete: 'set null' }),
    decidedAt: timestamptz('decided_at'),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    submittedAt: timestamptz('submitted_at').notNull(),
    /** Whether the applicant is told the rejection reason (the reviewer decides). */
    reasonShared: boolean('reason_shared').notNull().default(false),
    /** The applicant's answer to the reviewer's request for more information. */
    infoAnswer: text('info_answer'),
    infoAnsweredAt: timestamptz('info_answered_at'),
    /** When the referrer vouched for the applicant (null: not, or not yet). */
    vouchedAt: timestamptz('vouched_at'),
  },
  (t) => [
    index('applications_community_status_submitted_idx').on(t.communityId, t.status, t.submittedAt, t.id),
    index('applications_community_submitted_idx').on(t.communityId, t.submittedAt, t.id),
    index('applications_community_email_idx').on(t.communityId, t.email),
    index('applications_community_account_idx').on(t.communityId, t.platformUserId, t.workspaceId),
  ],
);

/** Paid (or granted) stretches of membership. */
export const membershipPeriods = pgTable(
  'membership_periods',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    kind: text('kind').$type<PeriodKind>().notNull(),
    paymentId: uuid('payment_id'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('membership_periods_member_idx').on(t.communityId, t.memberId, t.startsAt)],
);

/** Money received; the reference is unique within a club so a payment is never recorded twice. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    method: text('method').$type<PaymentMethod>().notNull(),
    reference: text('reference').notNull(),
    paidAt: timestamptz('paid_at').notNull(),
    recordedBy: uuid('recorded_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('payments_community_reference_key').on(t.communityId, t.reference),
    index('payments_member_idx').on(t.communityId, t.memberId, t.paidAt),
  ],
);
