import { REST } from 'discord.js';

/** Waits longer than this are refused rather than waited out: a job retries later instead of hanging. */
const LONGEST_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * A REST client for the bot token, for ports built before the gateway client exists (the core needs its
 * messenger and role sync first). `apiUrl` replaces https://discord.com/api (tests, proxies). Its
 * rate-limit queue waits out 429s (up to a minute; longer ones fail as RateLimitError) and retries 5xx.
 */
export function createDiscordRest(options: { readonly token: string; readonly apiUrl?: string | undefined }): REST {
  return new REST({
    // Passing `api: undefined` would override discord.js's default base URL, so it is only set when given.
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    rejectOnRateLimit: (limit) => limit.timeToReset > LONGEST_RATE_LIMIT_WAIT_MS,
  }).setToken(options.token);
}
