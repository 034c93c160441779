import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { PAYMENT_RECEIPT_JOB, paymentReceiptKey } from '../domain/receipt.js';
import { DeliveryError } from '../ports/messenger.js';
import type { CheckoutSessionRequest, PaymentGateway } from '../ports/payment-gateway.js';
import { createClubFixture } from '../testing/club-fixture.js';

class RecordingGateway implements PaymentGateway {
  readonly requests: CheckoutSessionRequest[] = [];
  async createCheckoutSession(request: CheckoutSessionRequest) {
    this.requests.push(request);
    return { sessionId: `cs_test_${this.requests.length}`, url: `https://checkout.test/${this.requests.length}` };
  }
}

/** A club whose member Nina pays online; her receipt DM is the one under test. */
async function paidOnline() {
  const fixture = await createClubFixture({ now: '2026-03-10T04:00:00Z' });
  const core = createCore({ ...fixture.ports, paymentGateway: new RecordingGateway() });
  const member = await fixture.addMember({ name: 'Nina', paid: false });
  const { intent } = await core.startCheckout({ communityId: fixture.communityId, memberId: member.memberId });
  const sentBefore = fixture.ports.messenger.sent.length;
  const pay = () =>
    core.applyPaymentEvent({
      type: 'checkout.completed',
      eventId: 'evt_1',
      occurredAt: fixture.ports.clock.now(),
      sessionId: intent.sessionId as string,
      paymentStatus: 'paid',
      amountMinor: 100_000,
      currency: 'cny',
      paymentReference: 'pi_1',
      paymentMethod: 'card',
    });
  const receipts = () => fixture.ports.messenger.sent.slice(sentBefore).filter((s) => s.message.title === 'Receipt');
  return { ...fixture, core, member, pay, receipts };
}

describe('receipt DMs that failed', () => {
  it('are sent by the payment.receipt job after a passing failure, once', async () => {
    const c = await paidOnline();
    c.ports.messenger.failNext();
    expect(await c.pay()).toEqual({ outcome: 'recorded' });
    expect(c.receipts()).toEqual([]);
    const [payment] = await c.ports.payments.listForMember(c.communityId, c.member.memberId);
    const paymentId = payment?.id as string;
    const job = c.ports.jobs.jobs.get(`${PAYMENT_RECEIPT_JOB}:${paymentReceiptKey(paymentId)}`);
    expect(job?.data).toEqual({ communityId: c.communityId, paymentId });

    expect(await c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId })).toMatchObject({
      status: 'sent',
    });
    expect(c.receipts()).toHaveLength(1);
    expect(c.receipts()[0]?.message.fields?.map((f) => f.value)).toContain('pi_1');
    // The job retried, or ran after a receipt that went out at once: nothing twice.
    expect(await c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId })).toMatchObject({
      status: 'already_sent',
    });
    expect(c.receipts()).toHaveLength(1);
  });

  it('throw while the failure passes (so the job retries), and stop at a permanent one', async () => {
    const c = await paidOnline();
    c.ports.messenger.failNext();
    c.ports.messenger.failNext();
    await c.pay();
    const [payment] = await c.ports.payments.listForMember(c.communityId, c.member.memberId);
    const paymentId = payment?.id as string;
    await expect(c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId })).rejects.toThrow(
      'temporary failure',
    );
    c.ports.messenger.failNext(new DeliveryError('Cannot send messages to this user', true));
    expect(await c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId })).toMatchObject({
      status: 'failed',
    });
    expect(await c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId })).toMatchObject({
      status: 'failed',
    });
    expect(c.receipts()).toEqual([]);
  });

  it('a receipt sent at once leaves the job nothing to send', async () => {
    const c = await paidOnline();
    await c.pay();
    expect(c.receipts()).toHaveLength(1);
    const [payment] = await c.ports.payments.listForMember(c.communityId, c.member.memberId);
    await c.core.deliverPaymentReceipt({ communityId: c.communityId, paymentId: payment?.id as string });
    expect(c.receipts()).toHaveLength(1);
  });
});
