import { createHmac, randomBytes } from 'node:crypto';
import type { FakeCheckoutSession } from './fake-stripe.js';

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/** The API version the events claim, as a Stripe account pinned to the client's version sends. */
export const FAKE_STRIPE_API_VERSION = '2026-11-18.endive';

/** A webhook event in Stripe's documented envelope (`object: 'event'`, `data.object`, `type`...). */
export interface FakeStripeEvent {
  readonly id: string;
  readonly object: 'event';
  readonly api_version: string;
  readonly created: number;
  readonly data: { readonly object: Record<string, unknown> };
  readonly livemode: false;
  readonly pending_webhooks: number;
  readonly request: { readonly id: string | null; readonly idempotency_key: string | null };
  readonly type: string;
}

export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  options: { readonly id?: string; readonly created?: number } = {},
): FakeStripeEvent {
  return {
    id: options.id ?? id('evt'),
    object: 'event',
    api_version: FAKE_STRIPE_API_VERSION,
    created: options.created ?? Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** `checkout.session.completed` / `.expired` / `.async_payment_succeeded` / `.async_payment_failed` for a session. */
export function checkoutSessionEvent(
  type:
    | 'checkout.session.completed'
    | 'checkout.session.expired'
    | 'checkout.session.async_payment_succeeded'
    | 'checkout.session.async_payment_failed',
  session: FakeCheckoutSession,
  options: { readonly id?: string; readonly created?: number } = {},
): FakeStripeEvent {
  const { payment_intent_metadata: _, ...object } = session;
  return stripeEvent(type, object, options);
}

/** `charge.refunded` for the charge of a completed session (the charge carries the PaymentIntent's metadata). */
export function chargeRefundedEvent(
  session: FakeCheckoutSession,
  amountRefunded: number,
  options: { readonly id?: string; readonly chargeId?: string; readonly created?: number } = {},
): FakeStripeEvent {
  return stripeEvent(
    'charge.refunded',
    {
      id: options.chargeId ?? `ch_for_${session.payment_intent}`,
      object: 'charge',
      amount: session.amount_total,
      amount_captured: session.amount_total,
      amount_refunded: amountRefunded,
      captured: true,
      currency: session.currency,
      livemode: false,
      metadata: session.payment_intent_metadata,
      paid: true,
      payment_intent: session.payment_intent,
      refunded: amountRefunded >= session.amount_total,
      status: 'succeeded',
    },
    options,
  );
}

/** `charge.dispute.created` for the charge of a completed session. */
export function disputeCreatedEvent(
  session: FakeCheckoutSession,
  options: { readonly id?: string; readonly reason?: string; readonly created?: number } = {},
): FakeStripeEvent {
  return stripeEvent(
    'charge.dispute.created',
    {
      id: id('dp'),
      object: 'dispute',
      amount: session.amount_total,
      charge: `ch_for_${session.payment_intent}`,
      currency: session.currency,
      livemode: false,
      metadata: {},
      payment_intent: session.payment_intent,
      reason: options.reason ?? 'fraudulent',
      status: 'needs_response',
    },
    options,
  );
}

/** The `Stripe-Signature` header Stripe sends: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.payload")>`. */
export function signStripePayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

/**
 * POSTs an event to a webhook endpoint exactly as Stripe does (raw JSON body, `Stripe-Signature`). `timestamp`
 * signs at another time (a stale delivery), `signature` replaces the header (`null` leaves it out).
 */
export async function postStripeWebhook(
  url: string,
  event: FakeStripeEvent | string,
  secret: string,
  options: { readonly timestamp?: number; readonly signature?: string | null } = {},
): Promise<Response> {
  const body = typeof event === 'string' ? event : JSON.stringify(event, null, 2);
  const signature =
    options.signature === undefined ? signStripePayload(body, secret, options.timestamp) : options.signature;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      ...(signature === null ? {} : { 'stripe-signature': signature }),
    },
    body,
  });
}
