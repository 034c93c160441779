import Stripe from 'stripe';
import type { StripeConfig } from './stripe-config.js';

/** The official client, pointed at `apiUrl` (host, port, protocol) when one is configured. */
export function createStripeClient(config: Pick<StripeConfig, 'secretKey' | 'apiUrl'>): Stripe {
  if (!config.apiUrl) return new Stripe(config.secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  const url = new URL(config.apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(config.secretKey, {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
    maxNetworkRetries: 2,
    timeout: 20_000,
  });
}

/** The official client's type, for packages that hold one without depending on `stripe` themselves. */
export type StripeClient = Stripe;
