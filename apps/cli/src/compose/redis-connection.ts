import { Redis } from 'ioredis';

/** A Redis connection that fails fast instead of queueing commands while Redis is down (for checks and producers). */
export function openFailFastRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

/** Redis is usable for BullMQ only with `maxmemory-policy noeviction`: evicted job keys would lose work. */
export async function checkRedis(redis: Redis): Promise<{ ok: boolean; reason?: string }> {
  try {
    const pong = await redis.ping();
    if (pong !== 'PONG') return { ok: false, reason: `unexpected PING answer ${pong}` };
    const info = await redis.info('memory');
    const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
    if (policy && policy !== 'noeviction') {
      return { ok: false, reason: `maxmemory-policy is ${policy}; BullMQ needs noeviction` };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
}
