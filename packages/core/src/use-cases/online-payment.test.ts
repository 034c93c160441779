import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { PaymentEvent } from '../domain/payment-event.js';
import { PaymentNotYetKnown } from '../domain/payment-event.js';
import { errorText, isDomainError } from '../errors/domain-error.js';
import type { CheckoutSessionRequest, PaymentGateway } from '../ports/payment-gateway.js';
import { createClubFixture } from '../testing/club-fixture.js';

/** The gateway port as a recording stand-in (the real Stripe client is tested in packages/stripe). */
class RecordingGateway implements PaymentGateway {
  readonly requests: CheckoutSessionRequest[] = [];
  async createCheckoutSession(request: CheckoutSessionRequest) {
    this.requests.push(request);
    return { sessionId: `cs_test_${this.requests.length}`, url: `https://checkout.test/${this.requests.length}` };
  }
}

async function club(settings = {}) {
  const fixture = await createClubFixture({ now: '2026-03-10T04:00:00Z', settings });
  const gateway = new RecordingGateway();
  const core = createCore({ ...fixture.ports, paymentGateway: gateway });
  let n = 0;
  const completed = (sessionId: string, patch: Partial<Extract<PaymentEvent, { paymentStatus: unknown }>> = {}) => {
    n += 1;
    return core.applyPaymentEvent({
      type: 'checkout.completed',
      eventId: `evt_${n}`,
      occurredAt: fixture.ports.clock.now(),
      sessionId,
      paymentStatus: 'paid',
      amountMinor: 100_000,
      currency: 'cny',
      paymentReference: `pi_${n}`,
      paymentMethod: 'card',
      ...patch,
    } as PaymentEvent);
  };
  return { ...fixture, core, gateway, completed };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, en: errorText(error, 'en'), zh: errorText(error, 'zh-CN') };
}

const DAY = 86_400_000;

describe('pricing: renewal price, early bird and coupons', () => {
  it('charges the fee to join, the renewal price to renew, and the early-bird price until N days before the end', async () => {
    const { core, owner, communityId, addMember, ports } = await club();
    await core.updatePricing({
      actor: owner,
      communityId,
      pricing: {
        renewalAmountMinor: 80_000,
        earlyBird: { amountMinor: 60_000, daysBeforeEnd: 14 },
        refundAccess: 'after_owner_confirmation',
      },
    });
    const newcomer = await addMember({ name: 'New', paid: false });
    const join = await core.quoteMembershipPrice({ communityId, memberId: newcomer.memberId });
    expect(join).toMatchObject({ purpose: 'join', amountMinor: 100_000, discounts: [], due: true });

    const member = await addMember({ name: 'Renewer' });
    const early = await core.quoteMembershipPrice({ communityId, memberId: member.memberId });
    expect(early).toMatchObject({ purpose: 'renewal', due: false });
    // 20 days before the end: early bird (its window runs until 14 days before).
    const endsAt = early.state.endsAt as Date;
    ports.clock.set(new Date(endsAt.getTime() - 20 * DAY));
    const quote = await core.quoteMembershipPrice({ communityId, memberId: member.memberId });
    expect(quote).toMatchObject({ due: true, amountMinor: 60_000 });
    expect(quote.discounts).toEqual([
      { kind: 'renewal_price', amountOffMinor: 20_000 },
      { kind: 'early_bird', amountOffMinor: 20_000 },
    ]);
    ports.clock.set(new Date(endsAt.getTime() - 14 * DAY + 1));
    expect((await core.quoteMembershipPrice({ communityId, memberId: member.memberId })).amountMinor).toBe(80_000);
  });

  it('applies a coupon within its limits, and says why one is refused in both languages', async () => {
    const { core, owner, communityId, addMember, ports } = await club();
    const newcomer = await addMember({ name: 'New', paid: false });
    const expiresAt = new Date(ports.clock.now().getTime() + 2 * DAY);
    const base = { actor: owner, communityId, maxUses: 1, expiresAt };
    await core.createCoupon({ ...base, code: 'spring-20', kind: 'percent', value: 20, appliesTo: 'join' });
    await core.createCoupon({ ...base, code: 'LOYAL', kind: 'fixed', value: 10_000, appliesTo: 'renewal' });
    const quote = await core.quoteMembershipPrice({
      communityId,
      memberId: newcomer.memberId,
      couponCode: 'Spring-20',
    });
    expect(quote.amountMinor).toBe(80_000);
    expect(quote.discounts).toEqual([{ kind: 'coupon', amountOffMinor: 20_000, code: 'SPRING-20' }]);

    const wrong = await refusal(
      core.quoteMembershipPrice({ communityId, memberId: newcomer.memberId, couponCode: 'LOYAL' }),
    );
    expect(wrong).toEqual({
      code: 'coupon.wrong_purpose',
      en: 'The coupon code LOYAL is only valid for renewals.',
      zh: '优惠码 LOYAL 仅适用于续费。',
    });
    expect(
      (await refusal(core.quoteMembershipPrice({ communityId, memberId: newcomer.memberId, couponCode: 'NOPE' }))).code,
    ).toBe('coupon.not_found');
    expect(
      (await refusal(core.createCoupon({ ...base, code: 'SPRING-20', kind: 'percent', value: 5, appliesTo: 'any' })))
        .code,
    ).toBe('coupon.code_taken');
    expect(
      (await refusal(core.createCoupon({ ...base, code: 'BIG', kind: 'percent', value: 150, appliesTo: 'any' }))).zh,
    ).toBe('优惠码设置无效：百分比最多为 100');

    // Used once (its limit) through a completed checkout: the next member is refused.
    const { intent } = await core.startCheckout({ communityId, memberId: newcomer.memberId, couponCode: 'SPRING-20' });
    expect(intent.amountMinor).toBe(80_000);
    await core.applyPaymentEvent({
      type: 'checkout.completed',
      eventId: 'evt_c',
      occurredAt: ports.clock.now(),
      sessionId: intent.sessionId as string,
      paymentStatus: 'paid',
      amountMinor: 80_000,
      currency: 'cny',
      paymentReference: 'pi_c',
      paymentMethod: 'card',
    });
    const second = await addMember({ name: 'Second', paid: false });
    expect(
      (await refusal(core.quoteMembershipPrice({ communityId, memberId: second.memberId, couponCode: 'SPRING-20' })))
        .en,
    ).toBe('The coupon code SPRING-20 has been used as often as allowed (1 times).');
    ports.clock.advanceDays(3);
    const third = await addMember({ name: 'Third', paid: false });
    expect(
      (await refusal(core.quoteMembershipPrice({ communityId, memberId: third.memberId, couponCode: 'LOYAL' }))).code,
    ).toBe('coupon.expired');
  });

  it('refuses pricing that cannot work, and changes nothing', async () => {
    const { core, owner, communityId, ports } = await club();
    const refused = await refusal(
      core.updatePricing({
        actor: owner,
        communityId,
        pricing: {
          renewalAmountMinor: 50_000,
          earlyBird: { amountMinor: 60_000, daysBeforeEnd: 10 },
          refundAccess: 'keep_access',
        },
      }),
    );
    expect(refused.en).toBe('The renewal pricing is not valid: the early-bird price must be below the renewal price');
    expect((await ports.communities.get(communityId))?.settings.pricing).toBeUndefined();
  });
});

describe('checkout: a link for the amount snowball computed', () => {
  it('says online payment is not set up when there is no gateway', async () => {
    const fixture = await createClubFixture();
    const member = await fixture.addMember({ name: 'New', paid: false });
    const refused = await refusal(
      fixture.core.startCheckout({ communityId: fixture.communityId, memberId: member.memberId }),
    );
    expect(refused.code).toBe('checkout.not_configured');
  });

  it('opens one session with club, member and purpose, and reuses it while open', async () => {
    const { core, communityId, addMember, gateway } = await club();
    const member = await addMember({ name: 'Nina', paid: false, locale: 'zh-CN' });
    const first = await core.startCheckout({ communityId, memberId: member.memberId });
    const again = await core.startCheckout({ communityId, memberId: member.memberId });
    expect(again.intent.id).toBe(first.intent.id);
    expect(gateway.requests).toHaveLength(1);
    expect(gateway.requests[0]).toMatchObject({
      communityId,
      memberId: member.memberId,
      purpose: 'join',
      amountMinor: 100_000,
      currency: 'CNY',
      locale: 'zh-CN',
      description: 'Founders Club 会籍（入会） · 1,000 CNY',
    });
  });

  it('refuses a renewal more than 30 days before the end', async () => {
    const { core, communityId, addMember } = await club();
    const member = await addMember({ name: 'Paid' });
    const refused = await refusal(core.startCheckout({ communityId, memberId: member.memberId }));
    expect(refused).toMatchObject({
      code: 'checkout.not_due',
      en: 'Your membership runs until 2027-03-10; renewal opens 30 days before the end.',
    });
  });
});

describe('payment events: at most once, in any order', () => {
  it('a completed checkout starts the first year on the payment day, gives access and a receipt; a replay changes nothing', async () => {
    const { core, communityId, addMember, ports, completed } = await club();
    const member = await addMember({ name: 'Nina', paid: false, locale: 'zh-CN' });
    const { intent } = await core.startCheckout({ communityId, memberId: member.memberId });
    const sentBefore = ports.messenger.sent.length;
    expect(await completed(intent.sessionId as string)).toEqual({ outcome: 'recorded' });
    const state = await core.getMembership({ communityId, memberId: member.memberId });
    expect(state.status).toBe('active');
    expect(state.periods.map((p) => [p.startsAt.toISOString(), p.endsAt.toISOString()])).toEqual([
      ['2026-03-10T04:00:00.000Z', '2027-03-10T04:00:00.000Z'],
    ]);
    const payments = await ports.payments.listForMember(communityId, member.memberId);
    expect(payments).toMatchObject([{ method: 'stripe', amountMinor: 100_000, currency: 'CNY', reference: 'pi_1' }]);
    expect([...ports.roleSync.holders].length).toBeGreaterThan(0);
    const receipt = ports.messenger.sent.slice(sentBefore);
    expect(receipt).toHaveLength(1);
    expect(receipt[0]?.message.title).toBe('收据');
    expect(receipt[0]?.message.fields?.map((f) => f.name)).toEqual([
      '社群',
      '会员',
      '会籍期间',
      '金额',
      '付款方式',
      '凭证号',
    ]);

    // The same event again (Stripe retries): nothing new.
    const replay = await core.applyPaymentEvent({
      type: 'checkout.completed',
      eventId: 'evt_1',
      occurredAt: ports.clock.now(),
      sessionId: intent.sessionId as string,
      paymentStatus: 'paid',
      amountMinor: 100_000,
      currency: 'cny',
      paymentReference: 'pi_1',
      paymentMethod: 'card',
    });
    expect(replay.outcome).toBe('duplicate');
    // A late expiry of the same session: still completed.
    const late = await core.applyPaymentEvent({
      type: 'checkout.expired',
      eventId: 'evt_late',
      occurredAt: ports.clock.now(),
      sessionId: intent.sessionId as string,
    });
    expect(late.outcome).toBe('already_recorded');
    expect(await ports.payments.listForMember(communityId, member.memberId)).toHaveLength(1);
    expect((await ports.billing.getCheckout(communityId, intent.id))?.status).toBe('completed');
    expect(ports.messenger.sent.length).toBe(sentBefore + 1);
  });

  it('a renewal by an active member extends from the end; a lapsed member starts a new year on the payment day', async () => {
    const { core, communityId, addMember, ports, completed } = await club();
    const active = await addMember({ name: 'Active' });
    const lapsed = await addMember({ name: 'Lapsed' });
    ports.clock.set('2027-02-20T00:00:00Z');
    const a = await core.startCheckout({ communityId, memberId: active.memberId });
    await completed(a.intent.sessionId as string);
    const activeState = await core.getMembership({ communityId, memberId: active.memberId });
    expect(activeState.endsAt?.toISOString()).toBe('2028-03-10T04:00:00.000Z');

    ports.clock.set('2027-06-01T00:00:00Z');
    const l = await core.startCheckout({ communityId, memberId: lapsed.memberId });
    expect(l.quote.state.status).toBe('lapsed');
    await completed(l.intent.sessionId as string);
    const lapsedState = await core.getMembership({ communityId, memberId: lapsed.memberId });
    expect(lapsedState.periods.at(-1)?.startsAt.toISOString()).toBe('2027-06-01T00:00:00.000Z');
    expect(lapsedState.endsAt?.toISOString()).toBe('2028-06-01T00:00:00.000Z');
  });

  it('a bank-redirect payment waits for async success; a failure after success changes nothing', async () => {
    const { core, communityId, addMember, ports, completed } = await club();
    const member = await addMember({ name: 'Alipay', paid: false });
    const { intent } = await core.startCheckout({ communityId, memberId: member.memberId });
    const sessionId = intent.sessionId as string;
    expect((await completed(sessionId, { paymentStatus: 'unpaid' })).outcome).toBe('processing');
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('none');
    expect((await completed(sessionId, { type: 'checkout.async_succeeded' })).outcome).toBe('recorded');
    const failed = await core.applyPaymentEvent({
      type: 'checkout.async_failed',
      eventId: 'evt_fail',
      occurredAt: ports.clock.now(),
      sessionId,
    });
    expect(failed.outcome).toBe('already_recorded');
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('active');
  });

  it('a refund before its payment is known is not claimed (the provider retries); a full refund waits for an owner, who ends access', async () => {
    const { core, communityId, addMember, ports, completed, owner } = await club();
    const member = await addMember({ name: 'Refunded', paid: false });
    const { intent } = await core.startCheckout({ communityId, memberId: member.memberId });
    const refund = (eventId: string, amountRefundedMinor: number) =>
      core.applyPaymentEvent({
        type: 'charge.refunded',
        eventId,
        occurredAt: ports.clock.now(),
        chargeId: 'ch_1',
        paymentReference: 'pi_1',
        intentId: intent.id,
        communityId,
        amountRefundedMinor,
        amountMinor: 100_000,
        currency: 'cny',
      });
    await expect(refund('evt_r0', 100_000)).rejects.toBeInstanceOf(PaymentNotYetKnown);
    await completed(intent.sessionId as string);
    expect((await refund('evt_r1', 30_000)).outcome).toBe('refund_recorded');
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('active');
    // The retried event, now that the payment is known: the full refund.
    expect((await refund('evt_r0', 100_000)).outcome).toBe('refund_awaiting_owner');
    expect((await refund('evt_r0', 100_000)).outcome).toBe('duplicate');
    const overview = await core.getBillingOverview({ actor: owner, communityId });
    expect(overview.refunds).toMatchObject([{ status: 'awaiting_owner', amountMinor: 100_000, full: true }]);
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('active');

    const decided = await core.decideRefund({
      actor: owner,
      communityId,
      refundId: overview.refunds[0]?.id as string,
      endAccess: true,
    });
    expect(decided.status).toBe('access_ended');
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('lapsed');
    expect(ports.roleSync.calls.at(-1)?.op).toBe('revoke');
    expect(
      (await refusal(core.decideRefund({ actor: owner, communityId, refundId: decided.id, endAccess: false }))).code,
    ).toBe('refund.already_decided');
  });

  it('with keep_access, a full refund is only recorded; a dispute is flagged for owners', async () => {
    const { core, communityId, addMember, ports, completed, owner } = await club({
      pricing: { renewalAmountMinor: null, earlyBird: null, refundAccess: 'keep_access' },
    });
    const member = await addMember({ name: 'Kept', paid: false });
    const { intent } = await core.startCheckout({ communityId, memberId: member.memberId });
    await completed(intent.sessionId as string);
    const refunded = await core.applyPaymentEvent({
      type: 'charge.refunded',
      eventId: 'evt_r',
      occurredAt: ports.clock.now(),
      chargeId: 'ch_9',
      paymentReference: 'pi_1',
      intentId: null,
      communityId: null,
      amountRefundedMinor: 100_000,
      amountMinor: 100_000,
      currency: 'cny',
    });
    expect(refunded.outcome).toBe('refund_recorded');
    const disputed = await core.applyPaymentEvent({
      type: 'dispute.created',
      eventId: 'evt_d',
      occurredAt: ports.clock.now(),
      disputeId: 'dp_1',
      paymentReference: 'pi_1',
      intentId: null,
      communityId: null,
      amountMinor: 100_000,
      currency: 'cny',
      reason: 'fraudulent',
    });
    expect(disputed.outcome).toBe('dispute_flagged');
    const overview = await core.getBillingOverview({ actor: owner, communityId });
    expect(overview.disputes).toMatchObject([{ disputeId: 'dp_1', reason: 'fraudulent', currency: 'CNY' }]);
    expect(overview.refunds).toMatchObject([{ status: 'recorded', full: true }]);
    expect((await core.getMembership({ communityId, memberId: member.memberId })).status).toBe('active');
  });
});

describe('manual payments with a coupon', () => {
  it('checks the coupon, counts its use and keeps it as the discount reason', async () => {
    const { core, owner, communityId, addMember, ports } = await club();
    await core.createCoupon({
      actor: owner,
      communityId,
      code: 'FRIEND',
      kind: 'percent',
      value: 10,
      appliesTo: 'renewal',
      maxUses: 1,
      expiresAt: null,
    });
    const member = await addMember({ name: 'Manual' });
    const pay = (reference: string) =>
      core.recordPayment({
        actor: owner,
        communityId,
        memberId: member.memberId,
        amountMinor: 90_000,
        currency: 'CNY',
        method: 'bank_transfer',
        reference,
        couponCode: 'friend',
      });
    await pay('TX-COUPON');
    const entries = await ports.audit.list(communityId, { action: 'payment.record' }, { limit: 10, offset: 0 });
    expect(entries.items[0]?.after).toMatchObject({
      discountReason: 'Coupon FRIEND: 100 CNY off',
      discounts: [{ kind: 'coupon', code: 'FRIEND', amountOffMinor: 10_000 }],
    });
    expect((await ports.billing.findCoupon(communityId, 'FRIEND'))?.usedCount).toBe(1);
    expect((await refusal(pay('TX-AGAIN'))).code).toBe('coupon.used_up');
    expect(await ports.payments.findByReference(communityId, 'TX-AGAIN')).toBeNull();
  });
});
