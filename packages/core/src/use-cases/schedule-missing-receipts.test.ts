import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Payment } from '../domain/payment.js';
import { PAYMENT_RECEIPT_JOB, PAYMENT_RECEIPT_RETRY_DELAY_MS, paymentReceiptKey } from '../domain/receipt.js';
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

const DAY = 86_400_000;

/** Members who paid online; `pay(i)` records the payment of the i-th member (its receipt DM goes out at once). */
async function club(names: readonly string[]) {
  const fixture = await createClubFixture({ now: '2026-03-10T04:00:00Z' });
  const core = createCore({ ...fixture.ports, paymentGateway: new RecordingGateway() });
  const members: { readonly memberId: string }[] = [];
  for (const name of names) members.push(await fixture.addMember({ name, paid: false }));
  const pay = async (i: number): Promise<Payment> => {
    const member = members[i];
    if (!member) throw new Error('no such member');
    const { intent } = await core.startCheckout({ communityId: fixture.communityId, memberId: member.memberId });
    await core.applyPaymentEvent({
      type: 'checkout.completed',
      eventId: `evt_${i}`,
      occurredAt: fixture.ports.clock.now(),
      sessionId: intent.sessionId as string,
      paymentStatus: 'paid',
      amountMinor: 100_000,
      currency: 'cny',
      paymentReference: `pi_${i}`,
      paymentMethod: 'card',
    });
    const [payment] = await fixture.ports.payments.listForMember(fixture.communityId, member.memberId);
    return payment as Payment;
  };
  const receipts = () => fixture.ports.messenger.sent.filter((s) => s.message.title === 'Receipt');
  /** Redis is lost: every queued job is gone. */
  const loseQueue = () => fixture.ports.jobs.jobs.clear();
  const receiptJobs = () =>
    [...fixture.ports.jobs.jobs.values()].filter((j) => j.name === PAYMENT_RECEIPT_JOB).map((j) => j.id);
  /** Runs the due receipt jobs the way the worker does. */
  const runDue = async () => {
    for (const job of fixture.ports.jobs.due(fixture.ports.clock.now())) {
      if (job.name !== PAYMENT_RECEIPT_JOB) continue;
      fixture.ports.jobs.jobs.delete(`${job.name}:${job.id}`);
      await core.deliverPaymentReceipt(job.data as { communityId: string; paymentId: string });
    }
  };
  return { ...fixture, core, members, pay, receipts, loseQueue, receiptJobs, runDue };
}

describe('reconciling receipt jobs', () => {
  it('puts back the job of a receipt whose DM failed for a passing reason, and it goes out once', async () => {
    const c = await club(['Nina']);
    c.ports.messenger.failNext();
    const payment = await c.pay(0);
    expect(c.receipts()).toEqual([]);
    c.loseQueue();

    const first = await c.core.scheduleMissingReceipts({ communityId: c.communityId });
    expect(first).toEqual({ due: 1, added: 1 });
    expect(c.receiptJobs()).toEqual([paymentReceiptKey(payment.id)]);
    // Never earlier than the payment's own safety-net delay.
    const [job] = [...c.ports.jobs.jobs.values()];
    expect(job?.runAt.getTime()).toBe(payment.createdAt.getTime() + PAYMENT_RECEIPT_RETRY_DELAY_MS);
    // Queued already: a second reconcile adds nothing.
    expect(await c.core.scheduleMissingReceipts({ communityId: c.communityId })).toEqual({ due: 1, added: 0 });

    c.ports.clock.advance(PAYMENT_RECEIPT_RETRY_DELAY_MS);
    await c.runDue();
    expect(c.receipts()).toHaveLength(1);
    expect(c.receipts()[0]?.message.fields?.map((f) => f.value)).toContain('pi_0');

    // Delivered: later reconciles (after another loss too) queue nothing and send nothing.
    c.loseQueue();
    expect(await c.core.scheduleMissingReceipts({ communityId: c.communityId })).toEqual({ due: 0, added: 0 });
    await c.runDue();
    expect(c.receipts()).toHaveLength(1);
  });

  it('re-queues a receipt never tried (no delivery recorded), not one sent or permanently undeliverable', async () => {
    const c = await club(['Ann', 'Bo', 'Cy']);
    await c.pay(0); // sent at once
    c.ports.messenger.failNext(new DeliveryError('Cannot send messages to this user', true));
    await c.pay(1); // DMs closed: recorded as failed for good
    const sent = await c.pay(2); // sent at once
    c.loseQueue();
    expect(await c.core.scheduleMissingReceipts({ communityId: c.communityId })).toEqual({ due: 0, added: 0 });

    // The process died between recording the payment and claiming its DM: no delivery row at all.
    const row: Payment = { ...sent, id: crypto.randomUUID(), reference: 'pi_direct' };
    await c.ports.payments.add(row);
    expect(await c.core.scheduleMissingReceipts({ communityId: c.communityId })).toEqual({ due: 1, added: 1 });
    expect(c.receiptJobs()).toEqual([paymentReceiptKey(row.id)]);
    expect(c.receipts()).toHaveLength(2);
  });

  it('looks back over a bounded window only, in keyset pages', async () => {
    const c = await club(['Ann', 'Bo', 'Cy', 'Di', 'Eve']);
    const old: Payment[] = [];
    for (let i = 0; i < 5; i++) {
      c.ports.messenger.failNext();
      old.push(await c.pay(i));
      c.ports.clock.advance(DAY);
    }
    // Paid 5, 4, 3, 2 and 1 days ago; a 3-day window keeps the last three, read two at a time.
    c.loseQueue();
    const result = await c.core.scheduleMissingReceipts({ communityId: c.communityId, windowDays: 3, chunkSize: 2 });
    expect(result).toEqual({ due: 3, added: 3 });
    expect(c.receiptJobs().sort()).toEqual(
      old
        .slice(2)
        .map((p) => paymentReceiptKey(p.id))
        .sort(),
    );
    // Due now (their own delay passed long ago); each goes out once.
    await c.runDue();
    expect(c.receipts()).toHaveLength(3);
    await c.runDue();
    expect(await c.core.scheduleMissingReceipts({ communityId: c.communityId, windowDays: 3 })).toEqual({
      due: 0,
      added: 0,
    });
  });
});
