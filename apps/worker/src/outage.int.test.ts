import { renewalNoticeKey } from '@snowball/core';
import { bullJobId, workerConnection } from '@snowball/jobs';
import { Worker } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, until } from './testing/worker-test-kit.js';

const DAY = 86_400_000;

// Issue 19, finding 6: a job that used up its attempts kept its failed copy under the same deterministic id,
// and reconcile re-added it by that id, which BullMQ treats as a no-op: the notice was never sent.
describe('a notice whose job gave up during a long outage', () => {
  const h = useWorkerHarness('outage', { startWorker: false });

  it('goes out once the outage is over, exactly once', async () => {
    const { community } = await createTestClub(h.core, 'outage', { graceDays: 7, renewalReminderDays: [30, 7, 1] });
    const gu = await addTestMember(h.db.repos, community.id, {
      name: 'Grace Gu',
      endsAt: new Date(Date.now() - 2 * DAY),
    });
    const [period] = await h.ports.memberships.listForMember(community.id, gu.id);
    if (!period) throw new Error('no membership');
    const key = renewalNoticeKey('grace', gu.id, period.endsAt);

    // What a long platform outage leaves behind: the grace notice's job failed every attempt, and its failed
    // copy stays under its deterministic id. (Two quick attempts here instead of eight over 11 minutes.)
    const notify = h.queues.queue('notify');
    await notify.add(
      JOB.renewalReminder,
      { communityId: community.id, key },
      { jobId: bullJobId(key), attempts: 2, backoff: { type: 'fixed', delay: 10 } },
    );
    const connection = workerConnection(h.url);
    const outage = new Worker(
      notify.name,
      async () => {
        throw new Error('Discord answered 503');
      },
      { connection, prefix: h.prefix },
    );
    await until(async () => (await (await notify.getJob(bullJobId(key)))?.isFailed()) === true);
    await outage.close();
    await connection.quit();
    expect(h.messenger.to(gu.id)).toEqual([]);

    // The platform is back. The worker's reconcile (at start, then every 10 minutes) puts the notice back.
    const worker = await h.start();
    await until(
      () => h.messenger.to(gu.id).length > 0,
      20_000,
      () => h.messenger.sent.length,
    );
    for (const reason of ['again-1', 'again-2']) {
      const id = await worker.reconcileNow(reason);
      await until(async () => (await h.queues.queue('tasks').getJob(id))?.finishedOn !== undefined);
    }
    expect(h.messenger.to(gu.id).map((s) => s.message.title)).toEqual(['Your membership has ended']);
    expect(await h.ports.deliveries.get(key)).toMatchObject({ status: 'sent' });
    expect(await (await notify.getJob(bullJobId(key)))?.isCompleted()).toBe(true);
  });
});
