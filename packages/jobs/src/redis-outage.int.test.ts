import { randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { producerConnection, workerConnection } from './connections.js';
import type { JobRoutes } from './queues.js';
import { startJobWorkers } from './start-job-worker.js';

const ROUTES: JobRoutes = {
  'lesson.reminder': { queue: 'notify', retry: { attempts: 1, backoff: { type: 'fixed', delay: 10 } } },
};
const redisUrl = new URL(process.env.REDIS_URL as string);

/** A TCP proxy to the real Redis that can go away (connections cut, port closed) and come back on the same port. */
class FlakyRedis {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(Number(redisUrl.port || 6379), redisUrl.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  url(): string {
    const url = new URL(redisUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function capture() {
  const lines: { level: string; details: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    logger: {
      info: (details: Record<string, unknown>, message: string) => lines.push({ level: 'info', details, message }),
      error: (details: Record<string, unknown>, message: string) => lines.push({ level: 'error', details, message }),
    },
  };
}

const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => unhandled.push(err);
const closers: (() => Promise<unknown>)[] = [];
beforeEach(() => {
  unhandled.length = 0;
  process.on('uncaughtException', onUnhandled);
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('uncaughtException', onUnhandled);
  process.off('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  // A queue closing while its Redis is gone can wait for it forever (BullMQ's close waits for the connection):
  // each clean-up gets a few seconds, then the next one runs; the assertions are done by then.
  for (const close of closers.reverse()) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      close().catch(() => undefined),
      new Promise((resolve) => {
        timer = setTimeout(resolve, 5_000);
      }),
    ]);
    clearTimeout(timer);
  }
});

describe('queues and workers when Redis goes away', () => {
  it('the job queue logs one line when Redis goes down and one when it is back, with no unhandled error', async () => {
    const redis = new FlakyRedis();
    await redis.up();
    closers.push(() => redis.down());
    const { lines, logger } = capture();
    const connection = producerConnection(redis.url());
    closers.push(async () => connection.disconnect());
    const queue = new BullMqJobQueue(connection, `t-${randomUUID()}`, ROUTES, { logger });
    closers.push(() => queue.close());
    const job = { name: 'lesson.reminder', id: 'l1', data: {}, runAt: new Date(Date.now() + 60_000) };
    await queue.schedule(job);

    let errors = 0;
    connection.on('error', () => {
      errors += 1;
    });
    await redis.down();
    // Several failed reconnects (each an `error` event on the connection and both queues)…
    await until(() => errors >= 3);
    // …and a call made meanwhile fails to its caller instead of crashing the process.
    await expect(queue.schedule({ ...job, id: 'l2' })).rejects.toThrow();
    expect(queue.redisDown).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', message: 'redis down', details: { component: 'job-queue' } });

    await redis.up();
    await until(() => lines.length === 2);
    expect(lines[1]).toMatchObject({ level: 'info', message: 'redis back', details: { state: 'up' } });
    expect(queue.redisDown).toBe(false);
    await queue.schedule({ ...job, id: 'l3' });
    expect(await queue.queue('notify').getDelayedCount()).toBe(2);
    expect(unhandled).toEqual([]);
  });

  it('the workers log one line when Redis goes down and one when it is back, with no unhandled error', async () => {
    const redis = new FlakyRedis();
    await redis.up();
    closers.push(() => redis.down());
    const { lines, logger } = capture();
    const connection = workerConnection(redis.url());
    closers.push(async () => connection.disconnect());
    const workers = startJobWorkers({
      connection,
      prefix: `t-${randomUUID()}`,
      handlers: new Map([['lesson.reminder', async () => undefined]]),
      logger,
    });
    await Promise.all(workers.workers.map((w) => w.waitUntilReady()));

    let errors = 0;
    connection.on('error', () => {
      errors += 1;
    });
    await redis.down();
    await until(() => errors >= 3);
    expect(lines.filter((l) => l.message === 'redis down')).toHaveLength(1);
    expect(lines.filter((l) => l.message !== 'redis down')).toEqual([]);

    await redis.up();
    await until(() => lines.some((l) => l.message === 'redis back'));
    expect(lines.map((l) => l.message)).toEqual(['redis down', 'redis back']);
    expect(unhandled).toEqual([]);
    await redis.down();
    closers.push(async () => {
      await redis.up();
      await workers.close();
      await redis.down();
    });
  });
});
