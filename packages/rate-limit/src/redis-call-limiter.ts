import type { Redis } from 'ioredis';
import {
  type CallLimiter,
  type CallRule,
  CallWaitTooLongError,
  DEFAULT_MAX_WAIT_MS,
  emissionInterval,
  sleep,
} from './call-limiter.js';

// GCRA in one atomic step on Redis' own clock, so every process shares one pace and one time source.
// KEYS[1] the rule's key; ARGV interval ms, tolerance ms, max wait ms. Returns the wait in microseconds as an
// integer, negative (minus the wait) when refused, having taken nothing.
const GCRA_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(tat, now)
local wait = math.max(0, start - tolerance - now)
if wait > maxWait then return -math.floor(wait * 1000) - 1 end
local nextTat = start + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now + interval + 1000))
return math.floor(wait * 1000)
`;

/**
 * Paces calls across every process that shares the Redis (`prefix` separates deployments). When Redis
 * cannot be reached, it falls back to pacing this process alone, so messages still go out at a safe rate
 * per process (discord.js' own 429 handling covers the rest) rather than all failing.
 */
export class RedisCallLimiter implements CallLimiter {
  private readonly fallback: CallLimiter;

  constructor(
    private readonly redis: Pick<Redis, 'eval'>,
    private readonly options: {
      readonly prefix?: string;
      readonly fallback: CallLimiter;
      readonly onFallback?: (error: unknown) => void;
    },
  ) {
    this.fallback = options.fallback;
  }

  async acquire(rule: CallRule, options: { readonly maxWaitMs?: number } = {}): Promise<void> {
    const interval = emissionInterval(rule);
    const tolerance = (Math.max(1, rule.burst ?? 1) - 1) * interval;
    const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    let answer: number;
    try {
      answer = Number(
        await this.redis.eval(
          GCRA_SCRIPT,
          1,
          `${this.options.prefix ?? 'snowball'}:calls:${rule.key}`,
          String(interval),
          String(tolerance),
          String(maxWaitMs),
        ),
      );
    } catch (error) {
      this.options.onFallback?.(error);
      return this.fallback.acquire(rule, options);
    }
    if (answer < 0) throw new CallWaitTooLongError(rule.key, (-answer - 1) / 1000);
    await sleep(answer / 1000);
  }
}
