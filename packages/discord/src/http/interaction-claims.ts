/**
 * Remembers which HTTP interactions were handled, so a replayed request (the same signed bytes sent again,
 * possibly to another replica) has no second effect. Discord never redelivers an interaction id.
 */
export interface InteractionClaims {
  /** True the first time an interaction id is claimed (handle it); false for a replay (refuse it). */
  claim(interactionId: string): Promise<boolean>;
}

/**
 * A signed request older than the accepted age is refused, so a claim must outlive that window (plus clock
 * skew) to make every replay a repeat; an hour is generous.
 */
const DEFAULT_TTL_MS = 3_600_000;

/** The slice of an ioredis client the Redis claims use. */
export interface InteractionClaimsRedis {
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<'OK' | null>;
}

/** Claims in Redis (`SET key 1 PX ttl NX`), shared by every API replica. */
export function redisInteractionClaims(
  redis: InteractionClaimsRedis,
  options: { readonly prefix?: string; readonly ttlMs?: number } = {},
): InteractionClaims {
  const key = (id: string) => `${options.prefix ?? 'snowball'}:discord:interaction:${id}`;
  return {
    async claim(id) {
      return (await redis.set(key(id), '1', 'PX', options.ttlMs ?? DEFAULT_TTL_MS, 'NX')) === 'OK';
    },
  };
}

/** A bounded in-memory window of interaction ids: one process only (the default without Redis). */
export class MemoryInteractionClaims implements InteractionClaims {
  private readonly seen = new Map<string, number>();

  constructor(private readonly options: { readonly max?: number; readonly ttlMs?: number } = {}) {}

  async claim(id: string): Promise<boolean> {
    const now = Date.now();
    const until = this.seen.get(id);
    if (until !== undefined && until > now) return false;
    this.seen.delete(id);
    this.seen.set(id, now + (this.options.ttlMs ?? DEFAULT_TTL_MS));
    const max = this.options.max ?? 100_000;
    // A Map iterates in insertion order: the first keys are the oldest.
    while (this.seen.size > max) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }
}
