import type { Discount, PaymentPurpose } from './pricing.js';

export const CHECKOUT_STATUSES = ['open', 'processing', 'completed', 'failed', 'expired'] as const;
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];

/**
 * A Checkout session snowball asked the payment provider for: who pays, for what, how much and why.
 * The amount is snowball's; the provider only collects it.
 */
export interface CheckoutIntent {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly purpose: PaymentPurpose;
  readonly amountMinor: number;
  readonly currency: string;
  readonly couponId: string | null;
  readonly discounts: readonly Discount[];
  readonly status: CheckoutStatus;
  /** The provider's session id and payment page, once created. */
  readonly sessionId: string | null;
  readonly url: string | null;
  /** The payment recorded when the session completed, and the provider's reference for it. */
  readonly paymentId: string | null;
  readonly paymentReference: string | null;
  readonly expiresAt: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const REFUND_STATUSES = ['recorded', 'awaiting_owner', 'access_ended', 'access_kept'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Money given back on a payment (one row per charge, holding the refunded total). */
export interface Refund {
  readonly id: string;
  readonly communityId: string;
  readonly paymentId: string;
  readonly memberId: string;
  /** The provider's charge id. */
  readonly chargeId: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly full: boolean;
  readonly status: RefundStatus;
  readonly decidedBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A chargeback opened by the payer's bank: flagged for owners. */
export interface Dispute {
  readonly id: string;
  readonly communityId: string;
  readonly paymentId: string;
  readonly memberId: string;
  /** The provider's dispute id. */
  readonly disputeId: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly reason: string;
  readonly createdAt: Date;
}
