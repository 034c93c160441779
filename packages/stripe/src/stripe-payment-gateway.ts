import type { CheckoutSession, CheckoutSessionRequest, Locale, PaymentGateway } from '@snowball/core';
import type Stripe from 'stripe';

/** Stripe Checkout's locale for a snowball locale. */
const CHECKOUT_LOCALES: Readonly<Record<Locale, 'zh' | 'en'>> = { 'zh-CN': 'zh', en: 'en' };

/**
 * Opens Stripe Checkout sessions for the amount snowball computed. No `payment_method_types`: Checkout offers
 * the methods enabled in the Stripe account's settings (card; Alipay and WeChat Pay where activated) that fit the
 * currency. The intent id is the idempotency key, so a retried call never opens a second session.
 */
export class StripePaymentGateway implements PaymentGateway {
  constructor(
    private readonly stripe: Stripe,
    private readonly returnUrl: string,
  ) {}

  async createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSession> {
    const metadata = {
      snowball_intent: request.intentId,
      snowball_community: request.communityId,
      snowball_member: request.memberId,
      snowball_purpose: request.purpose,
    };
    const back = new URL(this.returnUrl);
    const withStatus = (status: string) => {
      const url = new URL(back);
      url.searchParams.set('checkout', status);
      return url.toString();
    };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.intentId,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: request.amountMinor,
              product_data: { name: request.description },
            },
          },
        ],
        metadata,
        payment_intent_data: { metadata, description: request.description },
        locale: CHECKOUT_LOCALES[request.locale],
        expires_at: Math.floor(request.expiresAt.getTime() / 1000),
        success_url: withStatus('success'),
        cancel_url: withStatus('cancelled'),
      },
      { idempotencyKey: `snowball-checkout-${request.intentId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { sessionId: session.id, url: session.url };
  }
}
