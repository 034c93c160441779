import { webApi } from '@slack/bolt';

/** Bounds on waiting out Slack's rate limits. */
export interface RateLimitRetryOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  /** A longer `Retry-After` than this is not waited for here: the caller's job retries later. */
  readonly maxWaitMs?: number;
  /** Wait when Slack says `ratelimited` without a `Retry-After`. */
  readonly defaultWaitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Thrown when Slack keeps refusing for rate limits; nothing was done, so retrying later is safe. */
export class SlackRateLimitedError extends Error {
  override readonly name = 'SlackRateLimitedError';
  constructor(readonly retryAfterMs: number) {
    super(`Slack rate limit: retry after ${retryAfterMs} ms`);
  }
}

/** The wait Slack asked for, when `error` is a rate-limit refusal (HTTP 429 or `ok:false, error:'ratelimited'`). */
export function rateLimitWaitMs(error: unknown, defaultWaitMs: number): number | null {
  if (!(error instanceof Error)) return null;
  const coded = error as Error & { code?: string; retryAfter?: number; data?: Record<string, unknown> };
  if (coded.code === webApi.ErrorCode.RateLimitedError && typeof coded.retryAfter === 'number') {
    return coded.retryAfter * 1000;
  }
  if (coded.code === webApi.ErrorCode.PlatformError && coded.data?.error === 'ratelimited') {
    const meta = coded.data.response_metadata as { retryAfter?: number } | undefined;
    return typeof meta?.retryAfter === 'number' ? meta.retryAfter * 1000 : defaultWaitMs;
  }
  return null;
}

/**
 * Runs a Web API call, waiting out rate limits as Slack asks (`Retry-After`), a bounded number of times.
 * A rate-limited call did nothing on Slack's side, so repeating it cannot duplicate a message.
 */
export async function withRateLimitRetry<T>(call: () => Promise<T>, options: RateLimitRetryOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const defaultWaitMs = options.defaultWaitMs ?? 1_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const waitMs = rateLimitWaitMs(error, defaultWaitMs);
      if (waitMs === null) throw error;
      if (attempt >= maxAttempts || waitMs > maxWaitMs) throw new SlackRateLimitedError(waitMs);
      await sleep(waitMs);
    }
  }
}

/** The Slack error code of a failed Web API call (`user_not_found`), or null for transport errors. */
export function slackErrorCode(error: unknown): string | null {
  const data = (error as { code?: string; data?: { error?: unknown } } | null)?.data;
  return (error as { code?: string })?.code === webApi.ErrorCode.PlatformError && typeof data?.error === 'string'
    ? data.error
    : null;
}
