import type { CheckoutStatus, CouponKind, CouponScope, Discount, PaymentPurpose, RefundStatus } from '@snowball/core';
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';
import { payments } from './membership.schema.js';

/** Payment-provider events already applied, by the provider's event id: a replay finds its row and changes nothing. */
export const billingEvents = pgTable('billing_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamptz('received_at').notNull(),
});

/** Coupon codes, unique per club. */
export const coupons = pgTable(
  'coupons',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    kind: text('kind').$type<CouponKind>().notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    appliesTo: text('applies_to').$type<CouponScope>().notNull(),
    maxUses: integer('max_uses'),
    usedCount: integer('used_count').notNull().default(0),
    expiresAt: timestamptz('expires_at'),
    createdBy: uuid('created_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [uniqueIndex('coupons_community_code_key').on(t.communityId, t.code)],
);

/** Checkout sessions snowball opened, with the amount it computed and why. */
export const checkoutIntents = pgTable(
  'checkout_intents',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<PaymentPurpose>().notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    couponId: uuid('coupon_id').references(() => coupons.id, { onDelete: 'set null' }),
    discounts: jsonb('discounts').$type<readonly Discount[]>().notNull(),
    status: text('status').$type<CheckoutStatus>().notNull(),
    sessionId: text('session_id'),
    url: text('url'),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    paymentReference: text('payment_reference'),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('checkout_intents_session_key').on(t.sessionId),
    index('checkout_intents_payment_reference_idx').on(t.paymentReference),
    index('checkout_intents_member_idx').on(t.communityId, t.memberId, t.purpose, t.status, t.createdAt),
  ],
);

/** Refunds, one row per charge holding the total refunded. */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    chargeId: text('charge_id').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    full: boolean('full').notNull(),
    status: text('status').$type<RefundStatus>().notNull(),
    decidedBy: uuid('decided_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('refunds_charge_key').on(t.chargeId),
    index('refunds_community_idx').on(t.communityId, t.createdAt),
  ],
);

/** Chargebacks, flagged for owners. */
export const disputes = pgTable(
  'disputes',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    disputeId: text('dispute_id').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('disputes_dispute_key').on(t.disputeId),
    index('disputes_community_idx').on(t.communityId, t.createdAt),
  ],
);
