import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallWaitTooLongError } from './call-limiter.js';
import { MemoryCallLimiter } from './memory-call-limiter.js';
import { RedisCallLimiter } from './redis-call-limiter.js';

const url = process.env['REDIS_URL'] as string;

describe('RedisCallLimiter', () => {
  const prefix = `ratelimit-test-${process.pid}-${Date.now()}`;
  let a: Redis;
  let b: Redis;

  beforeAll(() => {
    a = new Redis(url);
    b = new Redis(url);
  });

  afterAll(async () => {
    const keys = await a.keys(`${prefix}:*`);
    if (keys.length) await a.del(...keys);
    a.disconnect();
    b.disconnect();
  });

  it('two processes sharing one Redis together stay at the pace of one rule', async () => {
    // Two limiters on two connections stand for two worker processes sending DMs for the same bot.
    const first = new RedisCallLimiter(a, { prefix, fallback: new MemoryCallLimiter() });
    const second = new RedisCallLimiter(b, { prefix, fallback: new MemoryCallLimiter() });
    const rule = { key: 'discord:bot:global', limit: 50, periodMs: 1000 };
    const at: number[] = [];
    const run = async (limiter: RedisCallLimiter, n: number) => {
      for (let i = 0; i < n; i++) {
        await limiter.acquire(rule, { maxWaitMs: 10_000 });
        at.push(performance.now());
      }
    };
    const started = performance.now();
    // Five concurrent callers per process, 12 calls each: 120 calls at 50/s take about 2.4 s.
    await Promise.all([
      ...Array.from({ length: 5 }, () => run(first, 12)),
      ...Array.from({ length: 5 }, () => run(second, 12)),
    ]);
    const elapsed = performance.now() - started;
    expect(at).toHaveLength(120);
    expect(elapsed).toBeGreaterThanOrEqual((119 * 1000) / 50 - 50);
    at.sort((x, y) => x - y);
    // No 1-second window holds more than the limit (+1 for the edge, + a little timer jitter).
    for (const t of at) expect(at.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(53);
  });

  it('refuses a wait beyond maxWaitMs without taking the slot', async () => {
    const limiter = new RedisCallLimiter(a, { prefix, fallback: new MemoryCallLimiter() });
    const rule = { key: 'slack:T1:tier1', limit: 1, periodMs: 60_000 };
    await limiter.acquire(rule);
    const refused = await limiter.acquire(rule, { maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CallWaitTooLongError);
    expect((refused as CallWaitTooLongError).waitMs).toBeGreaterThan(50_000);
    const tat = Number(await a.get(`${prefix}:calls:${rule.key}`));
    const [sec, usec] = (await a.time()) as [number, number];
    // Only the first call's slot is taken: the next one is free about a minute from now, not two.
    expect(tat - (Number(sec) * 1000 + Number(usec) / 1000)).toBeLessThan(60_500);
  });

  it('falls back to pacing in this process when Redis is unreachable', async () => {
    const broken = { eval: async () => Promise.reject(new Error('connection refused')) };
    const failures: unknown[] = [];
    const limiter = new RedisCallLimiter(broken as unknown as Redis, {
      prefix,
      fallback: new MemoryCallLimiter(),
      onFallback: (e) => failures.push(e),
    });
    await limiter.acquire({ key: 'x', limit: 1000, periodMs: 1000 });
    expect(failures).toHaveLength(1);
  });
});
