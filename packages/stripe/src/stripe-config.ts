/** How snowball reaches Stripe; read from the environment. */
export interface StripeConfig {
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** An API base other than Stripe's (a local fake in tests): `http://127.0.0.1:12111`. */
  readonly apiUrl: string | null;
  /** Where Checkout sends the payer back: the success and cancel pages. */
  readonly returnUrl: string;
}

/**
 * The Stripe settings of a deployment, or null when online payment is off (no `STRIPE_SECRET_KEY`).
 * Throws when the key is set but the webhook secret is missing: payments would be taken and never recorded.
 */
export function readStripeConfig(
  env: Readonly<Record<string, string | undefined>>,
  defaults: { readonly returnUrl: string },
): StripeConfig | null {
  const secretKey = env['STRIPE_SECRET_KEY']?.trim();
  if (!secretKey) return null;
  const webhookSecret = env['STRIPE_WEBHOOK_SECRET']?.trim();
  if (!webhookSecret) {
    throw new Error('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: payments could never be recorded');
  }
  const apiUrl = env['STRIPE_API_URL']?.trim() || null;
  if (apiUrl) new URL(apiUrl);
  return { secretKey, webhookSecret, apiUrl, returnUrl: env['STRIPE_RETURN_URL']?.trim() || defaults.returnUrl };
}
