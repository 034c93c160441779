import { createHash } from 'node:crypto';
import type { CallLimiter, CallRule, PlatformCallObserver } from '@snowball/rate-limit';
import { DefaultRestOptions, type RESTOptions } from 'discord.js';

/**
 * Our ceiling on bot API calls per second, below Discord's global 50/s so that calls we do not pace (the
 * gateway client's own, a clock that drifts between processes) never push a bot over it.
 */
export const DISCORD_CALLS_PER_SECOND = 45;

/** One pace per bot token, shared by every process that uses the token (the key names a hash, never the token). */
export function discordGlobalRule(token: string): CallRule {
  const bot = createHash('sha256').update(token).digest('hex').slice(0, 16);
  return { key: `discord:${bot}:global`, limit: DISCORD_CALLS_PER_SECOND, periodMs: 1000 };
}

// Interaction responses (callbacks, and edits or follow-ups through the interaction's webhook token) are not
// bound by the global limit, and they have a 3-second deadline: they are never held back.
const INTERACTION_RESPONSE = /\/(interactions\/\d+\/[^/]+\/callback|webhooks\/\d+\/[^/?]+)/;

/** True for a URL that answers an interaction rather than acting as the bot. */
export function isInteractionResponse(url: string): boolean {
  return INTERACTION_RESPONSE.test(url);
}

/**
 * discord.js' `makeRequest` with every bot call (retries included) paced by `limiter` and reported to
 * `observer`. discord.js keeps honouring per-route buckets and 429 `retry_after` on top of this; the limiter
 * keeps all our processes together under the global limit, which discord.js can only do within one.
 */
export function pacedMakeRequest(options: {
  readonly token: string;
  readonly limiter: CallLimiter;
  readonly observer?: PlatformCallObserver;
  readonly maxWaitMs?: number;
}): RESTOptions['makeRequest'] {
  const rule = discordGlobalRule(options.token);
  const wait = options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs };
  return async (url, init) => {
    if (!isInteractionResponse(url)) await options.limiter.acquire(rule, wait);
    try {
      const response = await DefaultRestOptions.makeRequest(url, init);
      options.observer?.called('discord', response.status);
      return response;
    } catch (error) {
      options.observer?.called('discord', 'error');
      throw error;
    }
  };
}
