import { z } from 'zod';
import { dateTime, dateTimeInput, uuid, type Wire } from './common.contract.js';

const amount = z.number().int().positive().max(1e12);

export const pricing = z.object({
  renewalAmountMinor: amount.nullable(),
  earlyBird: z.object({ amountMinor: amount, daysBeforeEnd: z.number().int().min(1).max(365) }).nullable(),
  refundAccess: z.enum(['after_owner_confirmation', 'keep_access']),
  strictAccess: z
    .boolean()
    .optional()
    .describe('The access check also removes access snowball did not give (absent: unchanged; read: off when unset).'),
});

export const coupon = z.object({
  id: uuid,
  code: z.string(),
  kind: z.enum(['percent', 'fixed']),
  value: z.number().int(),
  appliesTo: z.enum(['any', 'join', 'renewal']),
  maxUses: z.number().int().nullable(),
  usedCount: z.number().int(),
  expiresAt: dateTime.nullable(),
  createdAt: dateTime,
});

export const couponBody = z.object({
  code: z.string().max(64),
  kind: z.enum(['percent', 'fixed']),
  value: z.number().int(),
  appliesTo: z.enum(['any', 'join', 'renewal']),
  maxUses: z.number().int().nullable(),
  expiresAt: dateTimeInput.nullable(),
});

export const refund = z.object({
  id: uuid,
  paymentId: uuid,
  memberId: uuid,
  chargeId: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  full: z.boolean(),
  status: z.enum(['recorded', 'awaiting_owner', 'access_ended', 'access_kept']),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const refundDecisionBody = z.object({ endAccess: z.boolean() });

export const dispute = z.object({
  id: uuid,
  paymentId: uuid,
  memberId: uuid,
  disputeId: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  reason: z.string(),
  createdAt: dateTime,
});

export const billingOverview = z.object({
  onlinePayments: z.boolean(),
  pricing,
  coupons: z.array(coupon),
  refunds: z.array(refund),
  disputes: z.array(dispute),
});

export type Pricing = Wire<z.output<typeof pricing>>;
export type Coupon = Wire<z.output<typeof coupon>>;
export type Refund = Wire<z.output<typeof refund>>;
export type Dispute = Wire<z.output<typeof dispute>>;
export type BillingOverview = Wire<z.output<typeof billingOverview>>;

export const paymentsQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const clubPayment = z.object({
  id: uuid,
  memberId: uuid,
  memberName: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  method: z.string(),
  reference: z.string(),
  paidAt: dateTime,
});

export const monthlyTotal = z.object({
  month: z.string(),
  currency: z.string(),
  count: z.number().int(),
  amountMinor: z.number().int(),
});

export const clubPayments = z.object({
  items: z.array(clubPayment),
  nextCursor: z.string().nullable(),
  totals: z.array(monthlyTotal),
});

export const receipt = z.object({
  clubName: z.string(),
  memberName: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  method: z.string(),
  reference: z.string(),
  paidAt: dateTime,
  period: z.object({ startsAt: dateTime, endsAt: dateTime }).nullable(),
  discounts: z.array(z.string()).describe('Each discount and why, in the reader’s language.'),
});

export const paymentsCsv = z.string().describe('CSV: paid_at, member, amount, currency, method, reference.');

export type ClubPayment = Wire<z.output<typeof clubPayment>>;
export type MonthlyTotal = Wire<z.output<typeof monthlyTotal>>;
export type Receipt = Wire<z.output<typeof receipt>>;

const platform = z.enum(['discord', 'slack', 'feishu', 'simulator']);

/** The club's last access check (权限校对): per workspace, what it changed and reported, and what failed. */
export const accessCheck = z.object({
  available: z.boolean().describe('A platform of this deployment lists its roster, so the check can run.'),
  lastRun: z
    .object({
      startedAt: dateTime,
      finishedAt: dateTime,
      strict: z.boolean(),
      workspaces: z.array(
        z.object({
          platform,
          workspaceId: z.string(),
          listed: z.number().int(),
          granted: z.number().int(),
          revoked: z.number().int(),
          reported: z.number().int(),
          absent: z.number().int(),
          failed: z.number().int(),
        }),
      ),
      manualGrants: z.array(z.object({ platform, workspaceId: z.string(), platformUserId: z.string() })),
      failures: z.array(
        z.object({
          platform,
          workspaceId: z.string(),
          platformUserId: z.string(),
          memberId: z.string().nullable(),
          change: z.enum(['grant', 'revoke']),
          reason: z.enum(['missing_permission', 'member_left', 'unknown_role', 'not_installed', 'other']),
          error: z.string(),
        }),
      ),
    })
    .nullable(),
});

export const accessCheckQueued = z.object({ queued: z.literal(true) });

export type AccessCheck = Wire<z.output<typeof accessCheck>>;
