import type { Redis } from 'ioredis';

/** One message an author wrote recently (the same shape as the core's `RecentChatMessage`). */
export interface RecentMessage {
  readonly messageId: string;
  readonly channelId: string;
  readonly text: string;
  readonly at: Date;
}

// One atomic step per message: add it (scored by its time; the same message again is the same member), drop what
// fell out of the window, keep only the newest, renew the expiry, return what is kept.
// KEYS[1] the author's key; ARGV member, score (ms), oldest score dropped (ms), max messages, expiry (ms).
const PUSH_SCRIPT = `
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
local n = redis.call('ZCARD', KEYS[1])
local max = tonumber(ARGV[4])
if n > max then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, n - max - 1) end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
`;

// A key outlives the window a little, so a burst at the window's edge is still seen.
const EXPIRY_SLACK_MS = 60_000;

/**
 * Each author's recent chat messages in a Redis sorted set, shared by every bot process: flooding across channels and
 * across replicas is seen. Bounded three ways: older than the window is dropped, only the newest `maxMessages` are
 * kept, and an idle author's key expires.
 */
export class RedisRecentMessageStore {
  constructor(
    private readonly redis: Pick<Redis, 'eval'>,
    private readonly options: { readonly prefix?: string } = {},
  ) {}

  async push(
    authorKey: string,
    message: RecentMessage,
    bounds: { readonly maxMessages: number; readonly windowMs: number },
  ): Promise<RecentMessage[]> {
    const at = message.at.getTime();
    const member = JSON.stringify([message.messageId, message.channelId, message.text]);
    const kept = (await this.redis.eval(
      PUSH_SCRIPT,
      1,
      `${this.options.prefix ?? 'snowball'}:recent-chat:${authorKey}`,
      member,
      String(at),
      String(at - bounds.windowMs),
      String(Math.max(1, bounds.maxMessages)),
      String(bounds.windowMs + EXPIRY_SLACK_MS),
    )) as string[];
    const recent: RecentMessage[] = [];
    // WITHSCORES answers member, score, member, score...
    for (let i = 0; i + 1 < kept.length; i += 2) {
      const [messageId, channelId, text] = JSON.parse(kept[i] as string) as [string, string, string];
      if (messageId !== message.messageId)
        recent.push({ messageId, channelId, text, at: new Date(Number(kept[i + 1])) });
    }
    return recent;
  }
}
