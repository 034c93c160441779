import type { CheckoutIntent, CheckoutStatus, Dispute, Refund } from '../domain/online-payment.js';
import type { Coupon, PaymentPurpose } from '../domain/pricing.js';

/** Online payments: coupons, checkout intents, provider events seen, refunds and disputes. */
export interface BillingRepository {
  /**
   * Notes a provider event id; false when it was noted before (a replay). Inside a unit of work, a failure after
   * this rolls the note back, so the provider's retry is processed again.
   */
  claimEvent(eventId: string, type: string, receivedAt: Date): Promise<boolean>;

  /** Throws a unique violation when the club already has the code. */
  addCoupon(coupon: Coupon): Promise<void>;
  findCoupon(communityId: string, code: string): Promise<Coupon | null>;
  getCoupon(communityId: string, id: string): Promise<Coupon | null>;
  /** The club's coupons, newest first. */
  listCoupons(communityId: string): Promise<Coupon[]>;
  /** Counts one more use. */
  useCoupon(communityId: string, id: string): Promise<void>;
  deleteCoupon(communityId: string, id: string): Promise<void>;

  addCheckout(intent: CheckoutIntent): Promise<void>;
  getCheckout(communityId: string, id: string): Promise<CheckoutIntent | null>;
  findCheckoutBySession(sessionId: string): Promise<CheckoutIntent | null>;
  /** The intent paid with this provider reference (Stripe PaymentIntent id). */
  findCheckoutByPaymentReference(reference: string): Promise<CheckoutIntent | null>;
  /** The newest open intent of a member for a purpose that is still valid at `now`. */
  findOpenCheckout(
    communityId: string,
    memberId: string,
    purpose: PaymentPurpose,
    now: Date,
  ): Promise<CheckoutIntent | null>;
  updateCheckout(
    communityId: string,
    id: string,
    patch: {
      readonly status?: CheckoutStatus;
      readonly sessionId?: string;
      readonly url?: string;
      readonly paymentId?: string;
      readonly paymentReference?: string;
      readonly updatedAt: Date;
    },
  ): Promise<void>;

  /** Adds a refund, or replaces the one of the same charge. */
  saveRefund(refund: Refund): Promise<void>;
  findRefundByCharge(chargeId: string): Promise<Refund | null>;
  getRefund(communityId: string, id: string): Promise<Refund | null>;
  /** The club's refunds, newest first. */
  listRefunds(communityId: string): Promise<Refund[]>;

  /** Adds a dispute; a second one with the same provider id is ignored. */
  addDispute(dispute: Dispute): Promise<void>;
  listDisputes(communityId: string): Promise<Dispute[]>;
}
