import { describeRecentMessageStoreContract } from '@snowball/core/testing';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { MemoryRecentMessageStore } from './memory-recent-message-store.js';
import { RedisRecentMessageStore } from './redis-recent-message-store.js';

const url = process.env['REDIS_URL'] as string;
const prefix = `recent-test-${process.pid}-${Date.now()}`;

describeRecentMessageStoreContract('Redis', async () => {
  const redis = new Redis(url);
  return {
    store: new RedisRecentMessageStore(redis, { prefix }),
    async close() {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
});

describeRecentMessageStoreContract('process memory (the fallback without Redis)', async () => ({
  store: new MemoryRecentMessageStore(),
}));

describe('RedisRecentMessageStore', () => {
  it('shares one author’s messages between two processes, and lets an idle author’s key expire', async () => {
    const [a, b] = [new Redis(url), new Redis(url)];
    try {
      const first = new RedisRecentMessageStore(a, { prefix });
      const second = new RedisRecentMessageStore(b, { prefix });
      const at = new Date('2026-12-20T09:00:00Z');
      const bounds = { maxMessages: 10, windowMs: 5000 };
      await first.push('shared', { messageId: 'm1', channelId: 'c1', text: 'one', at }, bounds);
      const seen = await second.push(
        'shared',
        { messageId: 'm2', channelId: 'c2', text: 'two', at: new Date(at.getTime() + 1000) },
        bounds,
      );
      expect(seen).toEqual([{ messageId: 'm1', channelId: 'c1', text: 'one', at }]);
      const ttl = await a.pttl(`${prefix}:recent-chat:shared`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(bounds.windowMs + 60_000);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });
});
