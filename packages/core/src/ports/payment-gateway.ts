import type { Locale } from '../i18n/locale.js';

/** A hosted payment page for one checkout intent. */
export interface CheckoutSessionRequest {
  /** Snowball's intent id; also the idempotency key, so a retried call creates one session. */
  readonly intentId: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly purpose: 'join' | 'renewal';
  readonly amountMinor: number;
  readonly currency: string;
  /** The line shown on the payment page, in the member's language. */
  readonly description: string;
  readonly locale: Locale;
  readonly expiresAt: Date;
}

export interface CheckoutSession {
  readonly sessionId: string;
  readonly url: string;
}

/** An online payment provider (Stripe Checkout). */
export interface PaymentGateway {
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSession>;
}
