import {
  type CallLimiter,
  type CallRule,
  CallWaitTooLongError,
  DEFAULT_MAX_WAIT_MS,
  gcraStep,
  sleep,
} from './call-limiter.js';

/**
 * Paces calls within one process. Right for the embedded single-process default and for tests; several
 * processes sharing one bot token need `RedisCallLimiter`, or together they exceed the platform's limit.
 */
export class MemoryCallLimiter implements CallLimiter {
  private readonly tats = new Map<string, number>();

  constructor(private readonly clock: { now(): number; sleep(ms: number): Promise<void> } = { now: Date.now, sleep }) {}

  async acquire(rule: CallRule, options: { readonly maxWaitMs?: number } = {}): Promise<void> {
    const now = this.clock.now();
    const step = gcraStep(rule, this.tats.get(rule.key) ?? 0, now, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    if (step.next === null) throw new CallWaitTooLongError(rule.key, step.waitMs);
    this.tats.set(rule.key, step.next);
    this.forgetIdle(now);
    await this.clock.sleep(step.waitMs);
  }

  /** Keys whose time has passed carry no state (a fresh key behaves the same): drop them so the map stays small. */
  private forgetIdle(now: number): void {
    if (this.tats.size < 1000) return;
    for (const [key, tat] of this.tats) if (tat < now) this.tats.delete(key);
  }
}
