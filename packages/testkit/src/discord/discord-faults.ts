/** Discord JSON error codes the fake knows by heart, with the HTTP status and message Discord pairs them with. */
export const DISCORD_ERRORS = {
  10003: { status: 404, message: 'Unknown Channel' },
  10007: { status: 404, message: 'Unknown Member' },
  10008: { status: 404, message: 'Unknown Message' },
  10011: { status: 404, message: 'Unknown Role' },
  10062: { status: 404, message: 'Unknown interaction' },
  40060: { status: 400, message: 'Interaction has already been acknowledged.' },
  50001: { status: 403, message: 'Missing Access' },
  50007: { status: 403, message: 'Cannot send messages to this user' },
  50013: { status: 403, message: 'Missing Permissions' },
  50035: { status: 400, message: 'Invalid Form Body' },
} as const;

export type KnownDiscordErrorCode = keyof typeof DISCORD_ERRORS;

/**
 * What the fake answers instead of the real result:
 * - `rateLimit`: 429 with `retry_after` (seconds, fractions allowed so tests stay fast) in the body and the
 *   `retry-after` header, and the `x-ratelimit-*` headers of the scope (`user` is a route bucket; `global`
 *   sets `x-ratelimit-global`; `shared` is a shared resource bucket);
 * - `serverError`: a 5xx;
 * - `error`: a Discord JSON error `{ code, message }` (status from DISCORD_ERRORS unless given).
 */
export type FakeDiscordFault =
  | { readonly kind: 'rateLimit'; readonly retryAfter: number; readonly scope?: 'user' | 'global' | 'shared' }
  | { readonly kind: 'serverError'; readonly status?: 500 | 502 | 503 | 504 }
  | { readonly kind: 'error'; readonly code: KnownDiscordErrorCode | number; readonly status?: number };

/** The HTTP answer for a fault: status, headers and JSON body, as Discord shapes them. */
export function discordFaultResponse(
  fault: FakeDiscordFault,
  bucket: string,
): { status: number; headers: Record<string, string>; body: unknown } {
  if (fault.kind === 'rateLimit') {
    const seconds = String(fault.retryAfter);
    const scope = fault.scope ?? 'user';
    const body = { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: scope === 'global' };
    if (scope === 'global') {
      return {
        status: 429,
        headers: { 'retry-after': seconds, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
        body,
      };
    }
    return {
      status: 429,
      headers: {
        'retry-after': seconds,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + fault.retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': fault.retryAfter.toFixed(3),
        'x-ratelimit-bucket': bucket,
        'x-ratelimit-scope': scope,
      },
      body,
    };
  }
  if (fault.kind === 'serverError') {
    const status = fault.status ?? 500;
    return { status, headers: {}, body: { message: `${status}: Internal Server Error`, code: 0 } };
  }
  const known = DISCORD_ERRORS[fault.code as KnownDiscordErrorCode];
  return {
    status: fault.status ?? known?.status ?? 400,
    headers: {},
    body: { message: known?.message ?? 'Discord error', code: fault.code },
  };
}
