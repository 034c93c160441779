/** Remembers which Feishu events were handled: Feishu redelivers an event it thinks went unanswered. */
export interface FeishuEventDeduplicator {
  /** True the first time an event id is claimed (handle it); false for a redelivery (skip it). */
  claim(eventId: string): Promise<boolean>;
  /** Forgets a claim whose handling failed before it did anything, so a redelivery runs it again. */
  release(eventId: string): Promise<void>;
}

/** The slice of an ioredis client the Redis deduplicator uses. */
export interface RedisLike {
  set(key: string, value: string, expiry: 'EX', seconds: number, mode: 'NX'): Promise<'OK' | null>;
  del(key: string): Promise<number>;
}

/** Feishu retries for hours after a failed delivery; a day's window covers every redelivery. */
const DEFAULT_TTL_SECONDS = 24 * 3600;

/**
 * Claims event ids in Redis (`SET key 1 EX ttl NX`), shared by every process that receives events, so an
 * event redelivered to another replica (or after a restart) is still handled once.
 */
export function redisEventDeduplicator(
  redis: RedisLike,
  options: { readonly prefix?: string; readonly ttlSeconds?: number } = {},
): FeishuEventDeduplicator {
  const key = (eventId: string) => `${options.prefix ?? 'snowball'}:feishu:event:${eventId}`;
  return {
    async claim(eventId) {
      return (await redis.set(key(eventId), '1', 'EX', options.ttlSeconds ?? DEFAULT_TTL_SECONDS, 'NX')) === 'OK';
    },
    async release(eventId) {
      await redis.del(key(eventId));
    },
  };
}

/**
 * A bounded in-memory window of event ids, for tests and a single process without Redis (a restart forgets
 * it: the composition warns when it falls back to this).
 */
export class MemoryEventDeduplicator implements FeishuEventDeduplicator {
  private readonly seen = new Map<string, number>();

  constructor(private readonly options: { readonly max?: number; readonly ttlMs?: number } = {}) {}

  async claim(eventId: string): Promise<boolean> {
    const now = Date.now();
    const until = this.seen.get(eventId);
    if (until !== undefined && until > now) return false;
    this.seen.delete(eventId);
    this.seen.set(eventId, now + (this.options.ttlMs ?? DEFAULT_TTL_SECONDS * 1000));
    const max = this.options.max ?? 10_000;
    // A Map iterates in insertion order: the first keys are the oldest.
    while (this.seen.size > max) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }

  async release(eventId: string): Promise<void> {
    this.seen.delete(eventId);
  }
}
