import {
  chargeRefundedEvent,
  checkoutSessionEvent,
  disputeCreatedEvent,
  FakeStripe,
  signStripePayload,
  stripeEvent,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeClient } from './create-stripe-client.js';
import { readStripeConfig } from './stripe-config.js';
import { StripePaymentGateway } from './stripe-payment-gateway.js';
import { toPaymentEvent, verifyStripeWebhook } from './stripe-webhook.js';

const SECRET = 'whsec_test_secret';

describe('StripePaymentGateway: the official client against the fake Stripe API', () => {
  const fake = new FakeStripe();
  let gateway: StripePaymentGateway;
  beforeAll(async () => {
    const { url } = await fake.start();
    const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: url });
    gateway = new StripePaymentGateway(stripe, 'https://club.example/me');
  });
  afterAll(() => fake.stop());

  const request = {
    intentId: 'intent-1',
    communityId: 'club-1',
    memberId: 'member-1',
    purpose: 'renewal' as const,
    amountMinor: 80_000,
    currency: 'CNY',
    description: 'Founders Club 会籍续费 · 800 CNY',
    locale: 'zh-CN' as const,
    expiresAt: new Date('2030-01-01T00:00:00Z'),
  };

  it('opens a payment-mode session for snowball’s amount, with club, member and purpose in its metadata', async () => {
    const session = await gateway.createCheckoutSession(request);
    expect(session.url).toBe(`https://checkout.stripe.com/c/pay/${session.sessionId}`);
    const call = fake.calls.at(-1);
    expect(call?.path).toBe('/v1/checkout/sessions');
    expect(call?.idempotencyKey).toBe('snowball-checkout-intent-1');
    expect(call?.body).toMatchObject({
      mode: 'payment',
      client_reference_id: 'intent-1',
      locale: 'zh',
      expires_at: String(Date.UTC(2030, 0, 1) / 1000),
      success_url: 'https://club.example/me?checkout=success',
      cancel_url: 'https://club.example/me?checkout=cancelled',
      line_items: [
        {
          quantity: '1',
          price_data: { currency: 'cny', unit_amount: '80000', product_data: { name: request.description } },
        },
      ],
      metadata: {
        snowball_intent: 'intent-1',
        snowball_community: 'club-1',
        snowball_member: 'member-1',
        snowball_purpose: 'renewal',
      },
      payment_intent_data: { metadata: { snowball_intent: 'intent-1' } },
    });
    expect(call?.body).not.toHaveProperty('payment_method_types');
    expect(fake.session(session.sessionId).amount_total).toBe(80_000);
  });

  it('a retried create (same intent) returns the same session', async () => {
    const first = await gateway.createCheckoutSession({ ...request, intentId: 'intent-2' });
    const again = await gateway.createCheckoutSession({ ...request, intentId: 'intent-2' });
    expect(again.sessionId).toBe(first.sessionId);
  });

  it('a wrong secret key is an authentication error from the client', async () => {
    const other = new FakeStripe('sk_test_other');
    const started = await other.start();
    try {
      const wrong = new StripePaymentGateway(
        createStripeClient({ secretKey: 'sk_test_wrong', apiUrl: started.url }),
        'https://x.example/',
      );
      await expect(wrong.createCheckoutSession(request)).rejects.toMatchObject({ type: 'StripeAuthenticationError' });
    } finally {
      await other.stop();
    }
  });
});

describe('webhooks: verified with the client’s helper, reduced to payment events', () => {
  const stripe = createStripeClient({ secretKey: 'sk_test_x', apiUrl: 'http://127.0.0.1:1' });
  const fake = new FakeStripe();

  function paidSession() {
    const created = {
      id: 'cs_test_1',
      object: 'checkout.session' as const,
      amount_subtotal: 100_000,
      amount_total: 100_000,
      cancel_url: null,
      client_reference_id: 'intent-1',
      created: 1_800_000_000,
      currency: 'cny',
      expires_at: 1_800_086_400,
      livemode: false as const,
      locale: 'zh',
      metadata: { snowball_intent: 'intent-1', snowball_community: 'club-1' },
      mode: 'payment' as const,
      payment_intent: null,
      payment_method_types: ['card', 'alipay'],
      payment_status: 'unpaid' as const,
      status: 'open' as const,
      success_url: null,
      url: 'https://checkout.stripe.com/c/pay/cs_test_1',
      payment_intent_metadata: { snowball_intent: 'intent-1', snowball_community: 'club-1' },
    };
    fake.sessions.set(created.id, created);
    return fake.complete(created.id);
  }

  it('accepts a correctly signed event and maps checkout.session.completed', () => {
    const session = paidSession();
    const body = JSON.stringify(
      checkoutSessionEvent('checkout.session.completed', session, { id: 'evt_1', created: 1_800_000_100 }),
    );
    const event = verifyStripeWebhook(stripe, body, signStripePayload(body, SECRET), SECRET);
    expect(toPaymentEvent(event)).toEqual({
      type: 'checkout.completed',
      eventId: 'evt_1',
      occurredAt: new Date(1_800_000_100_000),
      sessionId: 'cs_test_1',
      paymentStatus: 'paid',
      amountMinor: 100_000,
      currency: 'CNY',
      paymentReference: session.payment_intent,
      paymentMethod: 'card,alipay',
    });
  });

  it('refuses a forged, missing, stale or body-altered signature', () => {
    const body = JSON.stringify(
      stripeEvent('checkout.session.expired', { id: 'cs_test_9', object: 'checkout.session' }),
    );
    expect(() => verifyStripeWebhook(stripe, body, signStripePayload(body, 'whsec_wrong'), SECRET)).toThrow();
    expect(() => verifyStripeWebhook(stripe, body, undefined, SECRET)).toThrow('missing Stripe-Signature');
    const stale = signStripePayload(body, SECRET, Math.floor(Date.now() / 1000) - 301);
    expect(() => verifyStripeWebhook(stripe, body, stale, SECRET)).toThrow(/tolerance/i);
    expect(() => verifyStripeWebhook(stripe, `${body} `, signStripePayload(body, SECRET), SECRET)).toThrow();
  });

  it('maps refunds (with the PaymentIntent metadata) and disputes; other events are ignored', () => {
    const session = paidSession();
    const refund = toPaymentEvent(stripeEventVerified(chargeRefundedEvent(session, 30_000, { chargeId: 'ch_1' })));
    expect(refund).toMatchObject({
      type: 'charge.refunded',
      chargeId: 'ch_1',
      paymentReference: session.payment_intent,
      intentId: 'intent-1',
      communityId: 'club-1',
      amountRefundedMinor: 30_000,
      amountMinor: 100_000,
      currency: 'CNY',
    });
    const dispute = toPaymentEvent(
      stripeEventVerified(disputeCreatedEvent(session, { reason: 'product_not_received' })),
    );
    expect(dispute).toMatchObject({ type: 'dispute.created', reason: 'product_not_received', amountMinor: 100_000 });
    expect(
      toPaymentEvent(stripeEventVerified(stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }))),
    ).toMatchObject({
      type: 'ignored',
      providerType: 'customer.created',
    });
  });

  function stripeEventVerified(event: object) {
    const body = JSON.stringify(event);
    return verifyStripeWebhook(stripe, body, signStripePayload(body, SECRET), SECRET);
  }
});

describe('readStripeConfig', () => {
  it('is off without a secret key, refuses a key without a webhook secret, and reads the API override', () => {
    expect(readStripeConfig({}, { returnUrl: 'https://a.example/' })).toBeNull();
    expect(() => readStripeConfig({ STRIPE_SECRET_KEY: 'sk_test_1' }, { returnUrl: 'https://a.example/' })).toThrow(
      /STRIPE_WEBHOOK_SECRET/,
    );
    expect(
      readStripeConfig(
        { STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_API_URL: 'http://127.0.0.1:9' },
        { returnUrl: 'https://a.example/' },
      ),
    ).toEqual({
      secretKey: 'sk_test_1',
      webhookSecret: 'whsec_1',
      apiUrl: 'http://127.0.0.1:9',
      returnUrl: 'https://a.example/',
    });
  });
});
