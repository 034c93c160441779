import type { CallLimiter, PlatformCallObserver } from '@snowball/rate-limit';
import { REST } from 'discord.js';
import { pacedMakeRequest } from './discord-call-pace.js';

/** Waits longer than this are refused rather than waited out: a job retries later instead of hanging. */
const LONGEST_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * A REST client for the bot token, for ports built before the gateway client exists (the core needs its
 * messenger and role sync first). `apiUrl` replaces https://discord.com/api (tests, proxies). Its
 * rate-limit queue waits out 429s (up to a minute; longer ones fail as RateLimitError) and retries 5xx.
 * With a `limiter`, every call also takes a slot of the bot's global pace (shared across processes when
 * the limiter is Redis-backed).
 */
export function createDiscordRest(options: {
  readonly token: string;
  readonly apiUrl?: string | undefined;
  readonly limiter?: CallLimiter | undefined;
  readonly observer?: PlatformCallObserver | undefined;
}): REST {
  return new REST({
    // Passing `api: undefined` would override discord.js's default base URL, so it is only set when given.
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    ...(options.limiter
      ? {
          makeRequest: pacedMakeRequest({
            token: options.token,
            limiter: options.limiter,
            ...(options.observer ? { observer: options.observer } : {}),
          }),
        }
      : {}),
    rejectOnRateLimit: (limit) => limit.timeToReset > LONGEST_RATE_LIMIT_WAIT_MS,
  }).setToken(options.token);
}
