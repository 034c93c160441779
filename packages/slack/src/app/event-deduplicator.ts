/** Remembers which Slack events were handled, so Slack's retries (`X-Slack-Retry-Num`) never repeat an effect. */
export interface EventDeduplicator {
  /** True the first time a key is claimed (handle the event); false for a repeat (skip it). */
  claim(key: string): Promise<boolean>;
  /** Forgets a claim whose handling failed, so a redelivery runs it again. */
  release(key: string): Promise<void>;
}

/**
 * A bounded in-memory LRU of event ids. Slack retries within minutes (3 retries, up to ~5 minutes
 * apart), so an hour's window of the newest 10 000 events covers them in one process.
 */
export class MemoryEventDeduplicator implements EventDeduplicator {
  private readonly seen = new Map<string, number>();

  constructor(private readonly options: { readonly max?: number; readonly ttlMs?: number } = {}) {}

  async claim(key: string): Promise<boolean> {
    const now = Date.now();
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + (this.options.ttlMs ?? 3_600_000));
    const max = this.options.max ?? 10_000;
    // A Map iterates in insertion order: the first keys are the oldest.
    while (this.seen.size > max) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
    }
    return true;
  }

  async release(key: string): Promise<void> {
    this.seen.delete(key);
  }
}

/**
 * The in-memory LRU in front of a durable store (Redis `SET NX EX`, a Postgres unique key) shared by
 * several processes: the memory layer answers most repeats without a round trip.
 */
export function layeredDeduplicator(memory: EventDeduplicator, durable: EventDeduplicator): EventDeduplicator {
  return {
    async claim(key) {
      if (!(await memory.claim(key))) return false;
      if (await durable.claim(key)) return true;
      return false;
    },
    async release(key) {
      await Promise.all([memory.release(key), durable.release(key)]);
    },
  };
}

/** The one Redis command the deduplicator needs (ioredis' `Redis` has it). */
export interface DeduplicatorRedis {
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<'OK' | null>;
  del(...keys: string[]): Promise<number>;
}

/**
 * Claims in Redis (`SET key 1 PX ttl NX`), shared by every API process: a retry Slack sends to another
 * process is still seen as a repeat. Put it behind the in-memory LRU with `layeredDeduplicator`.
 */
export class RedisEventDeduplicator implements EventDeduplicator {
  constructor(
    private readonly redis: DeduplicatorRedis,
    private readonly options: { readonly prefix?: string; readonly ttlMs?: number } = {},
  ) {}

  async claim(key: string): Promise<boolean> {
    return (await this.redis.set(this.key(key), '1', 'PX', this.options.ttlMs ?? 3_600_000, 'NX')) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  private key(key: string): string {
    return `${this.options.prefix ?? 'snowball'}:slack-event:${key}`;
  }
}
