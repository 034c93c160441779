import { randomUUID } from 'node:crypto';
import { DomainError } from '@snowball/core';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { producerConnection, workerConnection } from './connections.js';
import type { JobRoutes } from './queues.js';
import { startJobWorkers } from './start-job-worker.js';

const RETRY = { attempts: 3, backoff: { type: 'fixed', delay: 50 } } as const;
const ROUTES: JobRoutes = {
  'lesson.reminder': { queue: 'notify', retry: RETRY },
  'renewal.reminder': { queue: 'notify', retry: RETRY },
  'task.flaky': { queue: 'tasks', retry: RETRY },
  'task.permanent': { queue: 'tasks', retry: RETRY },
};

const url = process.env.REDIS_URL as string;
const opened: { close(): Promise<unknown> }[] = [];
afterAll(async () => {
  for (const o of opened.reverse()) await o.close();
});

function connections(): { producer: Redis; worker: Redis } {
  const producer = producerConnection(url);
  const worker = workerConnection(url);
  opened.push({ close: () => producer.quit() }, { close: () => worker.quit() });
  return { producer, worker };
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('BullMQ job queue on real Redis', () => {
  it('runs a job once even when it is scheduled twice with the same id', async () => {
    const prefix = `t-${randomUUID()}`;
    const { producer, worker } = connections();
    const queue = new BullMqJobQueue(producer, prefix, ROUTES);
    opened.push(queue);
    const seen: unknown[] = [];
    const workers = startJobWorkers({
      connection: worker,
      prefix,
      handlers: new Map([['lesson.reminder', async (data: unknown) => seen.push(data)]]),
    });
    opened.push(workers);
    const job = {
      name: 'lesson.reminder',
      id: 'lesson-reminder:l1:m1:60',
      data: { n: 1 },
      runAt: new Date(Date.now() + 300),
    };
    await queue.schedule(job);
    await queue.schedule({ ...job, data: { n: 2 } });
    expect(await queue.queue('notify').getDelayedCount()).toBe(1);
    await until(() => seen.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('does not retry a DomainError but retries other failures', async () => {
    const prefix = `t-${randomUUID()}`;
    const { producer, worker } = connections();
    const queue = new BullMqJobQueue(producer, prefix, ROUTES);
    opened.push(queue);
    let flaky = 0;
    let permanent = 0;
    const workers = startJobWorkers({
      connection: worker,
      prefix,
      handlers: new Map([
        [
          'task.flaky',
          async () => {
            flaky += 1;
            if (flaky < 2) throw new Error('temporary');
          },
        ],
        [
          'task.permanent',
          async () => {
            permanent += 1;
            throw new DomainError('lesson.cancelled');
          },
        ],
      ]),
    });
    opened.push(workers);
    await queue
      .queue('tasks')
      .add('task.flaky', {}, { jobId: 'f', attempts: 3, backoff: { type: 'fixed', delay: 50 } });
    await queue
      .queue('tasks')
      .add('task.permanent', {}, { jobId: 'p', attempts: 3, backoff: { type: 'fixed', delay: 50 } });
    await until(async () => (await queue.queue('tasks').getJob('f'))?.finishedOn !== undefined);
    await until(async () => (await queue.queue('tasks').getJob('p'))?.failedReason === 'lesson.cancelled');
    await new Promise((r) => setTimeout(r, 300));
    expect(flaky).toBe(2);
    expect(permanent).toBe(1);
  });

  it('cancels a scheduled job', async () => {
    const prefix = `t-${randomUUID()}`;
    const { producer } = connections();
    const queue = new BullMqJobQueue(producer, prefix, ROUTES);
    opened.push(queue);
    await queue.schedule({ name: 'renewal.reminder', id: 'r1', data: {}, runAt: new Date(Date.now() + 60_000) });
    expect(await queue.queue('notify').getDelayedCount()).toBe(1);
    await queue.cancel('renewal.reminder', 'r1');
    expect(await queue.queue('notify').getDelayedCount()).toBe(0);
  });
  it('leaves a copy that failed for good (a DomainError) alone, but replaces one that used up its attempts', async () => {
    const prefix = `t-${randomUUID()}`;
    const { producer, worker } = connections();
    const queue = new BullMqJobQueue(producer, prefix, ROUTES);
    opened.push(queue);
    const runs: string[] = [];
    const workers = startJobWorkers({
      connection: worker,
      prefix,
      handlers: new Map([
        [
          'task.permanent',
          async (data: unknown) => {
            runs.push(String((data as { v: string }).v));
            throw new DomainError('lesson.cancelled');
          },
        ],
        [
          'task.flaky',
          async (data: unknown) => {
            runs.push(String((data as { v: string }).v));
            throw new Error('platform down');
          },
        ],
      ]),
    });
    opened.push(workers);
    const now = new Date();
    const failed = async (id: string) => (await queue.queue('tasks').getJob(id))?.isFailed();
    await queue.scheduleMany([
      { name: 'task.permanent', id: 'p', data: { v: 'p1' }, runAt: now },
      { name: 'task.flaky', id: 'f', data: { v: 'f1' }, runAt: now },
    ]);
    await until(async () => (await failed('p')) === true && (await failed('f')) === true);
    expect(runs.sort()).toEqual(['f1', 'f1', 'f1', 'p1']);

    await workers.close();
    const again = await queue.scheduleMany([
      { name: 'task.permanent', id: 'p', data: { v: 'p2' }, runAt: new Date(Date.now() + 60_000) },
      { name: 'task.flaky', id: 'f', data: { v: 'f2' }, runAt: new Date(Date.now() + 60_000) },
    ]);
    expect(again).toEqual({ added: 1 });
    expect(await failed('p')).toBe(true);
    expect((await queue.queue('tasks').getJob('f'))?.data).toEqual({ v: 'f2' });
  });
});
