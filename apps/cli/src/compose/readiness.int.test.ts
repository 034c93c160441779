import { spawn } from 'node:child_process';
import { buildApiServer } from '@snowball/admin-api';
import { createScratchDatabase } from '@snowball/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { freePort } from '../testing/snowball-process.js';
import { openSystem } from './open-system.js';

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('readiness of a running system', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
  });

  it('answers 200 with the demo loaded, 503 with a reason when Redis stops or evicts', async () => {
    // A Redis of its own, so stopping it does not disturb other tests.
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--maxmemory-policy', 'noeviction'],
      {
        stdio: 'ignore',
      },
    );
    cleanups.push(async () => redis.kill('SIGKILL'));
    const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'ready' });
    cleanups.push(() => scratch.drop());
    const config = loadConfig({ DATABASE_URL: scratch.url, REDIS_URL: `redis://127.0.0.1:${port}` });
    const opened = await openSystem(config);
    cleanups.push(() => opened.close());
    // The Redis connection comes up on its own (fail-fast connections refuse commands until then).
    await until(async () => (await opened.readiness()).ok, 30_000);
    const app = await buildApiServer({
      core: opened.core,
      config: { publicUrl: 'http://127.0.0.1' },
      readiness: () => opened.readiness(),
    });
    cleanups.push(() => app.close());

    expect((await app.inject('/healthz')).statusCode).toBe(200);
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ ok: true, checks: { postgres: { ok: true }, redis: { ok: true } } });

    await opened.redis?.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const evicting = await app.inject('/readyz');
    expect(evicting.statusCode).toBe(503);
    expect(JSON.stringify(evicting.json())).toContain('maxmemory-policy is allkeys-lru; BullMQ needs noeviction');

    redis.kill('SIGTERM');
    await until(
      async () => (await app.inject('/readyz')).statusCode === 503 && !(await opened.readiness()).checks.redis?.ok,
    );
    const down = await app.inject('/readyz');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ ok: false, checks: { postgres: { ok: true }, redis: { ok: false } } });
    const reason = (down.json() as { checks: { redis: { reason?: string } } }).checks.redis.reason ?? '';
    expect(reason.length).toBeGreaterThan(5);
  });
});
