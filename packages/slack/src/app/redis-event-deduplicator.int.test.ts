import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { layeredDeduplicator, MemoryEventDeduplicator, RedisEventDeduplicator } from './event-deduplicator.js';

const prefix = `dedupe-test-${process.pid}-${Date.now()}`;
const a = new Redis(process.env['REDIS_URL'] as string);
const b = new Redis(process.env['REDIS_URL'] as string);

afterAll(async () => {
  const keys = await a.keys(`${prefix}:*`);
  if (keys.length) await a.del(...keys);
  a.disconnect();
  b.disconnect();
});

describe('RedisEventDeduplicator', () => {
  it('lets one of two API processes handle an event Slack retried to the other', async () => {
    // Each process has its own memory layer and connection; only Redis is shared.
    const first = layeredDeduplicator(new MemoryEventDeduplicator(), new RedisEventDeduplicator(a, { prefix }));
    const second = layeredDeduplicator(new MemoryEventDeduplicator(), new RedisEventDeduplicator(b, { prefix }));
    const claims = await Promise.all([first.claim('Ev1'), second.claim('Ev1')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('lets a redelivery run again after the failed handler released its claim', async () => {
    const first = new RedisEventDeduplicator(a, { prefix });
    const second = new RedisEventDeduplicator(b, { prefix });
    expect(await first.claim('Ev2')).toBe(true);
    await first.release('Ev2');
    expect(await second.claim('Ev2')).toBe(true);
    expect(await first.claim('Ev2')).toBe(false);
  });

  it('keeps a claim only for its time to live', async () => {
    const dedupe = new RedisEventDeduplicator(a, { prefix, ttlMs: 60_000 });
    await dedupe.claim('Ev3');
    const ttl = await a.pttl(`${prefix}:slack-event:Ev3`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
