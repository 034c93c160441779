import { createStripeClient, type StripeClient } from './create-stripe-client.js';
import { readStripeConfig } from './stripe-config.js';
import { StripePaymentGateway } from './stripe-payment-gateway.js';

export interface OpenStripe {
  readonly client: StripeClient;
  readonly gateway: StripePaymentGateway;
  readonly webhookSecret: string;
}

/** The deployment's Stripe client, gateway and webhook secret, or null when STRIPE_SECRET_KEY is not set. */
export function openStripe(
  env: Readonly<Record<string, string | undefined>>,
  defaults: { readonly returnUrl: string },
): OpenStripe | null {
  const config = readStripeConfig(env, defaults);
  if (!config) return null;
  const client = createStripeClient(config);
  return {
    client,
    gateway: new StripePaymentGateway(client, config.returnUrl),
    webhookSecret: config.webhookSecret,
  };
}
