import { discordFaultResponse, type FakeDiscordFault } from './discord-faults.js';

/**
 * Discord's global limit as the fake enforces it when asked (`FakeDiscord.start({ globalRateLimit: 50 })`): at
 * most `perSecond` bot-authenticated requests in any sliding second; the one beyond is refused with a 429
 * carrying Discord's global headers (`x-ratelimit-global`, `x-ratelimit-scope: global`, `retry-after`) and
 * `retry_after` in the body, and is not counted. Interaction responses are exempt, as on Discord.
 */
export class FakeDiscordGlobalLimit {
  private readonly accepted: number[] = [];
  private head = 0;
  /** Requests refused with a global 429. */
  refused = 0;
  /** Requests let through. */
  passed = 0;

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Null when the request may go on, else the 429 to answer. */
  check(): (ReturnType<typeof discordFaultResponse> & { readonly fault: FakeDiscordFault }) | null {
    const now = this.now();
    while (this.head < this.accepted.length && (this.accepted[this.head] as number) <= now - 1000) this.head += 1;
    if (this.accepted.length - this.head >= this.perSecond) {
      this.refused += 1;
      const oldest = this.accepted[this.head] as number;
      const retryAfter = Math.max(0.001, Math.ceil(oldest + 1000 - now) / 1000);
      const fault = { kind: 'rateLimit', retryAfter, scope: 'global' } as const;
      return { fault, ...discordFaultResponse(fault, 'global') };
    }
    this.accepted.push(now);
    this.passed += 1;
    return null;
  }

  /** The most requests let through within any one second so far (a sliding window over every pass). */
  busiestSecond(): number {
    let best = 0;
    let start = 0;
    const all = this.accepted;
    for (let end = 0; end < all.length; end++) {
      while ((all[start] as number) <= (all[end] as number) - 1000) start += 1;
      best = Math.max(best, end - start + 1);
    }
    return best;
  }
}
