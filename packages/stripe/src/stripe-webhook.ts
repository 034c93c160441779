import type { PaymentEvent } from '@snowball/core';
import type Stripe from 'stripe';

/** Stripe's default: a signature older than five minutes is refused (replays of captured requests). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Checks the `Stripe-Signature` of a raw webhook body with the client's own helper and returns the event;
 * throws (`StripeSignatureVerificationError`) on a missing, forged or stale signature.
 */
export function verifyStripeWebhook(
  stripe: Stripe,
  rawBody: string | Buffer,
  signature: string | undefined,
  secret: string,
): Stripe.Event {
  if (!signature) throw new Error('missing Stripe-Signature header');
  return stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
}

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === 'string' ? value : value.id;

/** The part of a verified Stripe event snowball acts on; other event types come back as `ignored`. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const base = { eventId: event.id, occurredAt: new Date(event.created * 1000) };
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object;
      return {
        ...base,
        type: event.type === 'checkout.session.completed' ? 'checkout.completed' : 'checkout.async_succeeded',
        sessionId: session.id,
        // async_payment_succeeded means the money is there, whatever an older payload says.
        paymentStatus:
          event.type === 'checkout.session.async_payment_succeeded'
            ? 'paid'
            : session.payment_status === 'paid'
              ? 'paid'
              : session.payment_status === 'no_payment_required'
                ? 'no_payment_required'
                : 'unpaid',
        amountMinor: session.amount_total ?? 0,
        currency: (session.currency ?? '').toUpperCase(),
        paymentReference: idOf(session.payment_intent),
        paymentMethod: session.payment_method_types?.join(',') ?? null,
      };
    }
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return {
        ...base,
        type: event.type === 'checkout.session.expired' ? 'checkout.expired' : 'checkout.async_failed',
        sessionId: event.data.object.id,
      };
    case 'charge.refunded': {
      const charge = event.data.object;
      const reference = idOf(charge.payment_intent);
      if (!reference) return { ...base, type: 'ignored', providerType: event.type };
      return {
        ...base,
        type: 'charge.refunded',
        chargeId: charge.id,
        paymentReference: reference,
        intentId: charge.metadata?.['snowball_intent'] ?? null,
        communityId: charge.metadata?.['snowball_community'] ?? null,
        amountRefundedMinor: charge.amount_refunded,
        amountMinor: charge.amount,
        currency: charge.currency.toUpperCase(),
      };
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object;
      const reference = idOf(dispute.payment_intent);
      if (!reference) return { ...base, type: 'ignored', providerType: event.type };
      return {
        ...base,
        type: 'dispute.created',
        disputeId: dispute.id,
        paymentReference: reference,
        intentId: null,
        communityId: null,
        amountMinor: dispute.amount,
        currency: dispute.currency.toUpperCase(),
        reason: dispute.reason,
      };
    }
    default:
      return { ...base, type: 'ignored', providerType: event.type };
  }
}
