/**
 * A pace for calls sharing one key: at most `limit` calls per `periodMs`, spread evenly, with up to `burst`
 * calls at once after a quiet spell (GCRA). `burst` defaults to 1: calls never bunch, so no window of
 * `periodMs` ever holds more than `limit + 1` calls, whichever moment the platform starts counting from.
 */
export interface CallRule {
  readonly key: string;
  readonly limit: number;
  readonly periodMs: number;
  readonly burst?: number;
}

/**
 * Paces API calls to a platform. `acquire` resolves when the call may be sent (it has taken a slot) and
 * rejects with `CallWaitTooLongError`, taking nothing, when the wait would exceed `maxWaitMs`: the caller's
 * job then retries later instead of holding a worker.
 */
export interface CallLimiter {
  acquire(rule: CallRule, options?: { readonly maxWaitMs?: number }): Promise<void>;
}

/** The default longest wait for a slot before giving up (the job retries). */
export const DEFAULT_MAX_WAIT_MS = 30_000;

/** Nothing was sent: the platform's budget for `key` is taken for longer than the caller may wait. */
export class CallWaitTooLongError extends Error {
  override readonly name = 'CallWaitTooLongError';
  constructor(
    readonly key: string,
    readonly waitMs: number,
  ) {
    super(`platform call budget ${key} is taken for ${Math.ceil(waitMs)} ms`);
  }
}

/** The interval between two calls of a rule, in ms. */
export function emissionInterval(rule: CallRule): number {
  if (!(rule.limit > 0) || !(rule.periodMs > 0))
    throw new Error(`bad call rule ${rule.key}: limit and period must be > 0`);
  return rule.periodMs / rule.limit;
}

/**
 * One GCRA step: given the stored theoretical arrival time `tat` (ms, 0 when none) and `now`, the wait before
 * the call may go and the new `tat` to store, or `null` for `next` when the wait exceeds `maxWaitMs`.
 * The Redis script implements the same arithmetic; the unit tests hold both to it.
 */
export function gcraStep(
  rule: CallRule,
  tat: number,
  now: number,
  maxWaitMs: number,
): { readonly waitMs: number; readonly next: number | null } {
  const interval = emissionInterval(rule);
  const tolerance = (Math.max(1, rule.burst ?? 1) - 1) * interval;
  const start = Math.max(tat, now);
  const waitMs = Math.max(0, start - tolerance - now);
  if (waitMs > maxWaitMs) return { waitMs, next: null };
  return { waitMs, next: start + interval };
}

export const sleep = (ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
