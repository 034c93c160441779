import { describe, expect, it } from 'vitest';
import { MemoryEventDeduplicator, type RedisLike, redisEventDeduplicator } from './event-deduplicator.js';

describe('MemoryEventDeduplicator', () => {
  it('claims an id once, again after release, and forgets the oldest past its bound', async () => {
    const d = new MemoryEventDeduplicator({ max: 2 });
    expect(await d.claim('a')).toBe(true);
    expect(await d.claim('a')).toBe(false);
    await d.release('a');
    expect(await d.claim('a')).toBe(true);
    await d.claim('b');
    await d.claim('c');
    expect(await d.claim('a')).toBe(true);
  });
});

describe('redisEventDeduplicator', () => {
  it('uses SET NX EX under the prefix, and DEL to release', async () => {
    const calls: unknown[][] = [];
    const keys = new Set<string>();
    const redis: RedisLike = {
      async set(key, _value, _ex, seconds, _nx) {
        calls.push(['set', key, seconds]);
        if (keys.has(key)) return null;
        keys.add(key);
        return 'OK';
      },
      async del(key) {
        calls.push(['del', key]);
        return keys.delete(key) ? 1 : 0;
      },
    };
    const d = redisEventDeduplicator(redis, { prefix: 'p', ttlSeconds: 60 });
    expect(await d.claim('e1')).toBe(true);
    expect(await d.claim('e1')).toBe(false);
    await d.release('e1');
    expect(calls).toEqual([
      ['set', 'p:feishu:event:e1', 60],
      ['set', 'p:feishu:event:e1', 60],
      ['del', 'p:feishu:event:e1'],
    ]);
  });
});
