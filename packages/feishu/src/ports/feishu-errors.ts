/** Feishu's "too many requests" code (with HTTP 429, or 400 on older gateways). */
export const FEISHU_RATE_LIMITED = 99991400;

/** A refused Open API call: Feishu's code and message, the HTTP status, and how long Feishu asked to wait. */
export class FeishuApiError extends Error {
  override readonly name = 'FeishuApiError';
  constructor(
    readonly code: number,
    readonly msg: string,
    readonly status: number | null,
    /** From `x-ogw-ratelimit-reset` (seconds) when Feishu sent it. */
    readonly retryAfterMs: number | null,
  ) {
    super(`Feishu refused the call: ${code} ${msg}${status ? ` (HTTP ${status})` : ''}`);
  }

  get rateLimited(): boolean {
    return this.code === FEISHU_RATE_LIMITED || this.status === 429;
  }
}

interface AxiosLike {
  readonly isAxiosError?: boolean;
  readonly response?: { readonly status?: number; readonly data?: unknown; readonly headers?: Record<string, unknown> };
}

function resetMs(headers: Record<string, unknown> | undefined): number | null {
  const raw = headers?.['x-ogw-ratelimit-reset'];
  const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * The SDK throws axios errors for HTTP failures and returns `{ code, msg }` bodies for refusals sent with
 * HTTP 200: both become a `FeishuApiError`; anything else (a transport failure) is returned as is.
 */
export function toFeishuError(error: unknown): unknown {
  if (error instanceof FeishuApiError) return error;
  const axios = error as AxiosLike | null;
  if (axios?.isAxiosError && axios.response) {
    const data = (axios.response.data ?? {}) as { code?: unknown; msg?: unknown };
    const code = typeof data.code === 'number' ? data.code : -1;
    return new FeishuApiError(
      code,
      typeof data.msg === 'string' ? data.msg : 'no body',
      axios.response.status ?? null,
      resetMs(axios.response.headers),
    );
  }
  return error;
}

/** Throws a `FeishuApiError` when a call answered HTTP 200 with a non-zero code; returns the body otherwise. */
export function checked<T extends { code?: number; msg?: string }>(body: T): T {
  if (body && typeof body.code === 'number' && body.code !== 0) {
    throw new FeishuApiError(body.code, body.msg ?? '', 200, null);
  }
  return body;
}

/** Bounds on waiting out Feishu's rate limits. */
export interface FeishuRetryOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  /** A longer wait than this is not waited for here: the caller's job retries later. */
  readonly maxWaitMs?: number;
  /** Wait when Feishu gives no reset time. */
  readonly defaultWaitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs an Open API call, waiting out rate limits. A rate-limited call did nothing on Feishu's side, so it
 * is safe to repeat; message sends also carry a `uuid`, so Feishu itself never delivers one twice.
 */
export async function withFeishuRetry<T extends { code?: number; msg?: string }>(
  call: () => Promise<T>,
  options: FeishuRetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const defaultWaitMs = options.defaultWaitMs ?? 1_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    let failure: unknown;
    try {
      return checked(await call());
    } catch (error) {
      failure = toFeishuError(error);
    }
    if (!(failure instanceof FeishuApiError) || !failure.rateLimited) throw failure;
    const waitMs = failure.retryAfterMs ?? defaultWaitMs;
    if (attempt >= maxAttempts || waitMs > maxWaitMs) throw failure;
    await sleep(waitMs);
  }
}
