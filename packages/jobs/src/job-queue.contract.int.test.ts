import { randomUUID } from 'node:crypto';
import { CONTRACT_JOB_NAMES, describeJobQueueContract } from '@snowball/core/testing';
import { Worker } from 'bullmq';
import { BullMqJobQueue, bullJobId } from './bullmq-job-queue.js';
import { producerConnection, workerConnection } from './connections.js';
import { type JobRoutes, routeOf } from './queues.js';

// Two quick attempts, so `exhaust` (a worker whose platform is down) makes a copy give up at once.
const RETRY = { attempts: 2, backoff: { type: 'fixed', delay: 10 } } as const;
const ROUTES: JobRoutes = {
  [CONTRACT_JOB_NAMES.notice]: { queue: 'notify', retry: RETRY },
  [CONTRACT_JOB_NAMES.task]: { queue: 'tasks', retry: RETRY },
};

const PENDING = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children']);

describeJobQueueContract('BullMQ on real Redis', async () => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set (eval "$(scripts/services.sh start)")');
  const prefix = `t-contract-${randomUUID().slice(0, 8)}`;
  const producer = producerConnection(url);
  const queue = new BullMqJobQueue(producer, prefix, ROUTES);
  const bullQueue = (name: string) => queue.queue(routeOf(ROUTES, name).queue);
  return {
    queue,
    async pending(name, id) {
      const job = await bullQueue(name).getJob(bullJobId(id));
      if (!job) return null;
      return PENDING.has(await job.getState()) ? (job.data as Record<string, unknown>) : null;
    },
    async exhaust(name, id) {
      const target = bullQueue(name);
      const job = await target.getJob(bullJobId(id));
      if (!job) throw new Error(`no job ${id}`);
      await job.promote();
      const connection = workerConnection(url);
      const worker = new Worker(
        target.name,
        async () => {
          throw new Error('platform unreachable');
        },
        { connection, prefix },
      );
      try {
        const end = Date.now() + 10_000;
        while (!(await (await target.getJob(bullJobId(id)))?.isFailed())) {
          if (Date.now() > end) throw new Error(`job ${id} did not fail`);
          await new Promise((r) => setTimeout(r, 20));
        }
      } finally {
        await worker.close();
        await connection.quit();
      }
    },
    async close() {
      for (const key of ['notify', 'tasks'] as const) await queue.queue(key).obliterate({ force: true });
      await queue.close();
      await producer.quit();
    },
  };
});
