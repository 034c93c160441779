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
  await firstConnection(redis);
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

/** A check run right after opening (`snowball doctor`) waits for the first connection instead of failing fast. */
function firstConnection(redis: Redis, ms = 2000): Promise<void> {
  if (redis.status !== 'connecting' && redis.status !== 'connect' && redis.status !== 'wait') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
    redis.once('error', done);
  });
}

/** Redis's `maxmemory-policy`, or null when Redis cannot be asked right now. */
export async function evictionPolicy(redis: Pick<Redis, 'info' | 'status' | 'once' | 'off'>): Promise<string | null> {
  await firstConnection(redis as Redis);
  try {
    return /maxmemory_policy:(\S+)/.exec(await redis.info('memory'))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Why the worker refuses to start on a Redis that may evict keys (an evicted job is a lost reminder). */
export function evictionRefusal(policy: string, locale: 'en' | 'zh-CN'): string {
  return locale === 'zh-CN'
    ? `Redis 的 maxmemory-policy 是 ${policy}，worker 拒绝启动：内存紧张时 Redis 会删除任务，提醒和续费通知就会丢失。请设置 maxmemory-policy noeviction（redis.conf 或 CONFIG SET maxmemory-policy noeviction）后重试。`
    : `The worker refuses to start: Redis's maxmemory-policy is ${policy}, so Redis may delete jobs under memory pressure and reminders and renewal notices would be lost. Set maxmemory-policy noeviction (redis.conf, or CONFIG SET maxmemory-policy noeviction) and start again.`;
}
