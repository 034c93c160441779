import { type Core, createCore, randomIds } from '@snowball/core';
import { InMemoryJobQueue, RecordingMessenger, RecordingRoleSync } from '@snowball/core/testing';
import { createStripeClient, StripePaymentGateway } from '@snowball/stripe';
import {
  chargeRefundedEvent,
  checkoutSessionEvent,
  disputeCreatedEvent,
  FakeStripe,
  postStripeWebhook,
  signStripePayload,
} from '@snowball/testkit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiServer } from '../build-api-server.js';
import { createClub, PUBLIC_URL, ShiftedClock, type TestClub } from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

const WEBHOOK_SECRET = 'whsec_test_snowball';
const DAY = 86_400_000;

describe('POST /webhooks/stripe on PostgreSQL: a test-mode payment end to end on the fake Stripe', () => {
  const fake = new FakeStripe();
  let store: TestRepositories;
  let app: FastifyInstance;
  let core: Core;
  let club: TestClub;
  let url: string;
  let clock: ShiftedClock;
  let messenger: RecordingMessenger;

  beforeAll(async () => {
    const api = await fake.start();
    store = await openTestRepositories();
    const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: api.url });
    clock = new ShiftedClock();
    messenger = new RecordingMessenger();
    core = createCore({
      ...store.repos,
      clock,
      ids: randomIds,
      messenger,
      roleSync: new RecordingRoleSync(),
      jobs: new InMemoryJobQueue(),
      paymentGateway: new StripePaymentGateway(stripe, `${PUBLIC_URL}/me`),
    });
    app = await buildApiServer({
      core,
      logger: false,
      config: { publicUrl: PUBLIC_URL },
      readiness: async () => ({ ok: true, checks: {} }),
      stripe: { stripe, webhookSecret: WEBHOOK_SECRET },
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    url = `${address}/webhooks/stripe`;
    club = await createClub(core);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await fake.stop();
  });

  /** An approved applicant (no payment yet), linked on Discord so access and receipts reach them. */
  async function applicant(locale: 'en' | 'zh-CN' = 'en') {
    const application = await core.submitApplication({
      communityId: club.community.id,
      name: `Payer ${randomIds.code()}`,
      email: `${randomIds.code().toLowerCase()}@example.com`,
      answers: [],
      valuesPledge: true,
      locale,
      account: { platform: 'discord', workspaceId: 'guild-1', platformUserId: randomIds.code() },
    });
    const approved = await core.approveApplication({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: application.id,
    });
    return approved.memberId as string;
  }

  const membership = (memberId: string) => core.getMembership({ communityId: club.community.id, memberId });
  const payments = (memberId: string) => store.repos.payments.listForMember(club.community.id, memberId);

  it('activates a paying applicant once, however often Stripe delivers the event, and sends one receipt', async () => {
    const memberId = await applicant('zh-CN');
    const { intent } = await core.startCheckout({ communityId: club.community.id, memberId });
    expect(fake.session(intent.sessionId as string).metadata).toMatchObject({
      snowball_community: club.community.id,
      snowball_member: memberId,
      snowball_purpose: 'join',
    });
    const session = fake.complete(intent.sessionId as string);
    const event = checkoutSessionEvent('checkout.session.completed', session);
    const sentBefore = messenger.sent.length;

    const first = await postStripeWebhook(url, event, WEBHOOK_SECRET);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: 'recorded' });
    const replay = await postStripeWebhook(url, event, WEBHOOK_SECRET);
    expect(await replay.json()).toEqual({ received: true, outcome: 'duplicate' });
    // Two deliveries at once: still one payment.
    await Promise.all([postStripeWebhook(url, event, WEBHOOK_SECRET), postStripeWebhook(url, event, WEBHOOK_SECRET)]);

    expect((await membership(memberId)).status).toBe('active');
    expect(await payments(memberId)).toMatchObject([
      { method: 'stripe', amountMinor: 100_000, currency: 'CNY', reference: session.payment_intent },
    ]);
    expect(messenger.sent.slice(sentBefore).map((s) => s.message.title)).toEqual(['收据']);

    // A late expiry of the completed session changes nothing.
    const late = await postStripeWebhook(
      url,
      checkoutSessionEvent('checkout.session.expired', fake.expire(session.id)),
      WEBHOOK_SECRET,
    );
    expect(await late.json()).toEqual({ received: true, outcome: 'already_recorded' });
    expect((await membership(memberId)).status).toBe('active');
  });

  it('refuses forged, unsigned, stale and altered deliveries with 400, changing nothing', async () => {
    const memberId = await applicant();
    const { intent } = await core.startCheckout({ communityId: club.community.id, memberId });
    const event = checkoutSessionEvent('checkout.session.completed', fake.complete(intent.sessionId as string));
    const body = JSON.stringify(event);
    const attempts = [
      await postStripeWebhook(url, event, 'whsec_forged'),
      await postStripeWebhook(url, event, WEBHOOK_SECRET, { signature: null }),
      await postStripeWebhook(url, event, WEBHOOK_SECRET, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
      await postStripeWebhook(url, body.replace('"paid"', '"paid" '), WEBHOOK_SECRET, {
        signature: signStripePayload(body, WEBHOOK_SECRET),
      }),
      await postStripeWebhook(url, event, WEBHOOK_SECRET, { signature: 't=1,v1=deadbeef' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect((await membership(memberId)).status).toBe('none');
    expect(await payments(memberId)).toEqual([]);
    // The genuine delivery afterwards is applied: the refused ones did not claim the event id.
    expect(await (await postStripeWebhook(url, event, WEBHOOK_SECRET)).json()).toMatchObject({ outcome: 'recorded' });
  });

  it('renews an active member from the end, and a lapsed one from the payment day', async () => {
    const active = await applicant();
    const lapsed = await applicant();
    for (const memberId of [active, lapsed]) {
      const { intent } = await core.startCheckout({ communityId: club.community.id, memberId });
      const done = fake.complete(intent.sessionId as string);
      await postStripeWebhook(url, checkoutSessionEvent('checkout.session.completed', done), WEBHOOK_SECRET);
    }
    const firstEnd = (await membership(active)).endsAt as Date;
    clock.advance(firstEnd.getTime() - Date.now() - 10 * DAY);
    const renewal = await core.startCheckout({ communityId: club.community.id, memberId: active });
    expect(renewal.quote.purpose).toBe('renewal');
    const renewed = fake.complete(renewal.intent.sessionId as string);
    await postStripeWebhook(url, checkoutSessionEvent('checkout.session.completed', renewed), WEBHOOK_SECRET);
    const activeAfter = await membership(active);
    expect(activeAfter.periods.at(-1)?.startsAt.toISOString()).toBe(firstEnd.toISOString());

    clock.advance(60 * DAY);
    expect((await membership(lapsed)).status).toBe('lapsed');
    const back = await core.startCheckout({ communityId: club.community.id, memberId: lapsed });
    const paidBack = fake.complete(back.intent.sessionId as string);
    // Signed now, with the event's `created` at the fake clock's day, as Stripe would date it.
    const created = Math.floor(clock.now().getTime() / 1000);
    await postStripeWebhook(
      url,
      checkoutSessionEvent('checkout.session.completed', paidBack, { created }),
      WEBHOOK_SECRET,
    );
    const lapsedAfter = await membership(lapsed);
    expect(lapsedAfter.status).toBe('active');
    expect(Math.abs((lapsedAfter.periods.at(-1)?.startsAt.getTime() ?? 0) - created * 1000)).toBeLessThan(1000);
  });

  it('a refund before its payment is retried (409); a full refund then waits for an owner; a dispute is flagged', async () => {
    const memberId = await applicant();
    const { intent } = await core.startCheckout({ communityId: club.community.id, memberId });
    const session = fake.complete(intent.sessionId as string);
    // Dated at the test clock (an earlier test moved it on), as Stripe dates its events.
    const created = Math.floor(clock.now().getTime() / 1000);
    const refund = chargeRefundedEvent(session, session.amount_total, { created });
    expect((await postStripeWebhook(url, refund, WEBHOOK_SECRET)).status).toBe(409);
    await postStripeWebhook(
      url,
      checkoutSessionEvent('checkout.session.completed', session, { created }),
      WEBHOOK_SECRET,
    );
    expect(await (await postStripeWebhook(url, refund, WEBHOOK_SECRET)).json()).toEqual({
      received: true,
      outcome: 'refund_awaiting_owner',
    });
    expect(
      await (await postStripeWebhook(url, disputeCreatedEvent(session, { created }), WEBHOOK_SECRET)).json(),
    ).toEqual({
      received: true,
      outcome: 'dispute_flagged',
    });
    const overview = await core.getBillingOverview({ actor: club.owner, communityId: club.community.id });
    expect(overview.refunds.filter((r) => r.memberId === memberId)).toMatchObject([
      { status: 'awaiting_owner', full: true },
    ]);
    expect(overview.disputes.filter((d) => d.memberId === memberId)).toHaveLength(1);
    expect((await membership(memberId)).status).toBe('active');
  });
});
