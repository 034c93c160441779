import { type PaymentEvent, type PaymentEventOutcome, PaymentNotYetKnown } from '@snowball/core';
import type Stripe from 'stripe';
import { toPaymentEvent, verifyStripeWebhook } from './stripe-webhook.js';

export interface StripeWebhookResponse {
  readonly status: number;
  readonly body: { readonly received: boolean; readonly outcome?: PaymentEventOutcome; readonly error?: string };
}

/**
 * One delivery to `POST /webhooks/stripe`: a bad, missing or stale signature is 400 and nothing is read further;
 * a verified event goes to `apply` (the core's `applyPaymentEvent`). A refund or dispute for a payment not
 * recorded yet is 409 and any other failure 500, so Stripe delivers it again later.
 */
export async function handleStripeWebhook(input: {
  readonly stripe: Stripe;
  readonly webhookSecret: string;
  readonly rawBody: string;
  readonly signature: string | undefined;
  readonly apply: (event: PaymentEvent) => Promise<{ outcome: PaymentEventOutcome }>;
  readonly onError?: (error: unknown, event: Stripe.Event) => void;
}): Promise<StripeWebhookResponse> {
  let event: Stripe.Event;
  try {
    event = verifyStripeWebhook(input.stripe, input.rawBody, input.signature, input.webhookSecret);
  } catch {
    return { status: 400, body: { received: false, error: 'invalid signature' } };
  }
  try {
    const { outcome } = await input.apply(toPaymentEvent(event));
    return { status: 200, body: { received: true, outcome } };
  } catch (error) {
    if (error instanceof PaymentNotYetKnown) {
      return { status: 409, body: { received: false, error: 'payment not recorded yet; retry later' } };
    }
    input.onError?.(error, event);
    return { status: 500, body: { received: false, error: 'not processed; retry later' } };
  }
}
