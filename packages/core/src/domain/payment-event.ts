/**
 * A payment provider's webhook event, reduced to what snowball acts on. The provider adapter (packages/stripe)
 * builds it from a verified event; amounts are what the provider actually collected.
 */
export type PaymentEvent =
  | {
      readonly type: 'checkout.completed' | 'checkout.async_succeeded';
      readonly eventId: string;
      readonly occurredAt: Date;
      readonly sessionId: string;
      /** `paid` once the money is there; `unpaid` while a bank-redirect method is still processing. */
      readonly paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
      readonly amountMinor: number;
      readonly currency: string;
      /** The provider's payment reference (Stripe PaymentIntent id), kept as the payment's reference. */
      readonly paymentReference: string | null;
      readonly paymentMethod: string | null;
    }
  | {
      readonly type: 'checkout.async_failed' | 'checkout.expired';
      readonly eventId: string;
      readonly occurredAt: Date;
      readonly sessionId: string;
    }
  | {
      readonly type: 'charge.refunded';
      readonly eventId: string;
      readonly occurredAt: Date;
      readonly chargeId: string;
      readonly paymentReference: string;
      /** Snowball's checkout intent and club, when the provider carried them over from the session. */
      readonly intentId: string | null;
      readonly communityId: string | null;
      /** The total refunded on the charge so far, and the charge's amount. */
      readonly amountRefundedMinor: number;
      readonly amountMinor: number;
      readonly currency: string;
    }
  | {
      readonly type: 'dispute.created';
      readonly eventId: string;
      readonly occurredAt: Date;
      readonly disputeId: string;
      readonly paymentReference: string;
      readonly intentId: string | null;
      readonly communityId: string | null;
      readonly amountMinor: number;
      readonly currency: string;
      readonly reason: string;
    }
  | { readonly type: 'ignored'; readonly eventId: string; readonly occurredAt: Date; readonly providerType: string };

export type PaymentEventOutcome =
  | 'duplicate'
  | 'ignored'
  | 'unknown_session'
  | 'recorded'
  | 'already_recorded'
  | 'processing'
  | 'failed'
  | 'expired'
  | 'refund_recorded'
  | 'refund_awaiting_owner'
  | 'dispute_flagged';

/** The payment an event refers to is not recorded yet (events arrived out of order): answer so the provider retries. */
export class PaymentNotYetKnown extends Error {
  override readonly name = 'PaymentNotYetKnown';
}
