import { PAYMENT_RECEIPT_RETRY_DELAY_MS, paymentReceiptJob, paymentReceiptKey } from '../domain/receipt.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Online payments this many days old or newer get their receipt job back; older ones stay in `/me` and the panel. */
export const DEFAULT_RECEIPT_WINDOW_DAYS = 7;

/** Payments read per round trip (keyset pages, newest first). */
const CHUNK = 500;

/**
 * Re-queues the `payment.receipt` job (id `payment-receipt:<payment>`) of every online payment of the club paid
 * within the window whose receipt DM is not delivered yet: no delivery recorded, or one still pending after a
 * passing failure. A sent receipt and a permanently undeliverable one (DMs closed) are left alone. The queue adds
 * only jobs it does not hold, so running this again is harmless (the worker's reconcile); after a Redis loss it
 * puts back the receipts that were waiting. A job never runs before the payment's own safety-net delay, so it
 * cannot race the receipt the payment sends at once.
 */
export async function scheduleMissingReceipts(
  deps: Uow<'communities' | 'deliveries' | 'payments'> & Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly communityId: string; readonly windowDays?: number; readonly chunkSize?: number },
): Promise<{ readonly due: number; readonly added: number }> {
  const now = deps.clock.now();
  const windowDays = Math.min(Math.max(input.windowDays ?? DEFAULT_RECEIPT_WINDOW_DAYS, 1), 90);
  const since = now.getTime() - windowDays * 86_400_000;
  const limit = Math.min(Math.max(input.chunkSize ?? CHUNK, 1), 1_000);
  const communityId = await deps.uow.run(async (repos) => (await loadCommunity(repos, input.communityId)).id);
  let after: { at: Date; id: string } | null = null;
  let due = 0;
  let added = 0;
  for (;;) {
    const page = await deps.uow.run((repos) => repos.payments.listForClub(communityId, { after, limit }));
    const recent = page.filter((p) => p.paidAt.getTime() >= since);
    const online = recent.filter((p) => p.method === 'stripe');
    if (online.length > 0) {
      const keys = online.map((p) => paymentReceiptKey(p.id));
      const settled = new Set(
        (await deps.uow.run((repos) => repos.deliveries.getMany(keys)))
          .filter((d) => d.status !== 'pending')
          .map((d) => d.key),
      );
      const jobs: JobRequest[] = online
        .filter((p) => !settled.has(paymentReceiptKey(p.id)))
        .map((p) => {
          const runAt = Math.max(now.getTime(), p.createdAt.getTime() + PAYMENT_RECEIPT_RETRY_DELAY_MS);
          return paymentReceiptJob(communityId, p.id, new Date(runAt));
        });
      if (jobs.length > 0) {
        due += jobs.length;
        added += (await deps.jobs.scheduleMany(jobs)).added;
      }
    }
    const last = page.at(-1);
    if (!last || page.length < limit || recent.length < page.length) break;
    after = { at: last.paidAt, id: last.id };
  }
  return { due, added };
}
