import { randomUUID } from 'node:crypto';
import { type Delivery, type Payment, paymentReceiptJob, paymentReceiptKey } from '@snowball/core';
import { bullJobId } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, deletePrefixKeys, sleep, until } from './testing/worker-test-kit.js';

const MINUTE = 60_000;

describe('receipt DMs after losing Redis', () => {
  const h = useWorkerHarness('receipt-flush', { startWorker: false, jobs: 'queues' });
  const { url, prefix, queues, messenger } = h;

  async function reconcile(jobId: string): Promise<unknown> {
    await queues.queue('tasks').add(JOB.reconcile, {}, { jobId });
    await until(async () => (await queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 20_000);
    const job = await queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('the reconcile puts back the job of an undelivered receipt, and it goes out exactly once', async () => {
    const { community } = await createTestClub(h.core, 'receipt-flush');
    const paidAt = new Date(Date.now() - 10 * MINUTE);
    /** An online payment whose receipt DM has the given record (none: never claimed). */
    const paid = async (name: string, delivery: Delivery['status'] | null) => {
      const member = await addTestMember(h.db.repos, community.id, { name });
      const payment: Payment = {
        id: randomUUID(),
        communityId: community.id,
        memberId: member.id,
        applicationId: null,
        amountMinor: 100_000,
        currency: 'cny',
        method: 'stripe',
        reference: `pi_${name}`,
        paidAt,
        recordedBy: null,
        createdAt: paidAt,
      };
      await h.db.repos.payments.add(payment);
      if (delivery) {
        const key = paymentReceiptKey(payment.id);
        await h.db.repos.deliveries.claim({
          key,
          communityId: community.id,
          memberId: member.id,
          kind: 'payment.receipt',
          status: 'pending',
          attempts: 0,
          error: null,
          createdAt: paidAt,
          sentAt: null,
        });
        if (delivery === 'sent') await h.db.repos.deliveries.markSent(key, paidAt);
        else await h.db.repos.deliveries.markFailed(key, 'gateway timeout', delivery === 'failed');
      }
      return { member, payment };
    };
    const failedOnce = await paid('Nina', 'pending'); // the first DM failed for a passing reason
    const neverTried = await paid('Omar', null); // the process stopped before the DM was claimed
    const sent = await paid('Pia', 'sent');
    const closed = await paid('Quan', 'failed'); // DMs closed: recorded for staff, never retried

    // The receipt's retry job was waiting in Redis (far out, as after several backoffs); then Redis is lost.
    await queues.schedule(paymentReceiptJob(community.id, failedOnce.payment.id, new Date(Date.now() + 60 * MINUTE)));
    const jobId = bullJobId(paymentReceiptKey(failedOnce.payment.id));
    expect(await queues.queue('notify').getJob(jobId)).toBeDefined();
    const deleted = await deletePrefixKeys(url, prefix);
    expect(deleted).toContain(`${prefix}:snowball-notify:${jobId}`);
    expect(await queues.queue('notify').getJob(jobId)).toBeUndefined();

    // The worker starts, its first reconcile re-creates the missing receipt jobs, and they run at once.
    await h.start();
    const receiptsTo = (memberId: string) => messenger.to(memberId).filter((s) => s.message.title === 'Receipt');
    await until(
      () => receiptsTo(failedOnce.member.id).length === 1 && receiptsTo(neverTried.member.id).length === 1,
      20_000,
      () => messenger.sent.length,
    );
    expect(receiptsTo(failedOnce.member.id)[0]?.message.fields?.map((f) => f.value)).toContain('pi_Nina');
    // The DM is out before the job marks its delivery sent: wait for the mark, then check it.
    const marked = async () => {
      for (const { payment } of [failedOnce, neverTried]) {
        if ((await h.db.repos.deliveries.get(paymentReceiptKey(payment.id)))?.status !== 'sent') return false;
      }
      return true;
    };
    await until(marked, 20_000, () => messenger.sent.length);
    for (const { payment } of [failedOnce, neverTried]) {
      expect(await h.db.repos.deliveries.get(paymentReceiptKey(payment.id))).toMatchObject({ status: 'sent' });
    }

    // Reconciling again queues nothing more; nobody gets a receipt twice, the sent and closed ones get none.
    expect(await reconcile('receipt-reconcile-1')).toMatchObject({
      results: { 'receipt-flush': { paymentReceipts: 0 } },
    });
    await reconcile('receipt-reconcile-2');
    await sleep(1_000);
    expect(receiptsTo(failedOnce.member.id)).toHaveLength(1);
    expect(receiptsTo(neverTried.member.id)).toHaveLength(1);
    expect(receiptsTo(sent.member.id)).toEqual([]);
    expect(receiptsTo(closed.member.id)).toEqual([]);
    expect(await queues.queue('notify').getJob(bullJobId(paymentReceiptKey(closed.payment.id)))).toBeUndefined();
  });
});
