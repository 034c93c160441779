import type { Redis } from 'ioredis';

/** One message an author wrote recently (the same shape as the core's `RecentChatMessage`). */
export interface RecentMessage {
  readonly messageId: string;
  readonly channelId: string;
  readonly text: string;
  readonly at: Date;
  readonly authorId?: string;
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

// Removes from one key the members whose 4th field (the author, in keys holding everyone's messages) is listed.
// KEYS[1] the key; ARGV the author ids.
const FORGET_AUTHORS_SCRIPT = `
local gone = {}
for _, id in ipairs(ARGV) do gone[id] = true end
local removed = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local ok, fields = pcall(cjson.decode, member)
  if ok and type(fields) == 'table' and fields[4] ~= nil and gone[tostring(fields[4])] then
    removed = removed + redis.call('ZREM', KEYS[1], member)
  end
end
return removed
`;

// Reads the newest of a key's members within a score range, newest first (the caller turns them oldest first).
// KEYS[1] the key; ARGV highest score, lowest score (Redis range syntax), how many.
const RECENT_SCRIPT = `
return redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
`;

// A key outlives the window a little, so a burst at the window's edge is still seen.
const EXPIRY_SLACK_MS = 60_000;

/**
 * Each author's recent chat messages in a Redis sorted set, shared by every bot process: flooding across channels and
 * across replicas is seen. Bounded three ways: older than the window is dropped, only the newest `maxMessages` are
 * kept, and an idle author's key expires.
 */
/** Which of a key's messages to read (the same shape as the core's `RecentMessageQuery`). */
export interface RecentMessageQuery {
  readonly maxMessages: number;
  readonly until?: Date;
  readonly windowMs?: number;
}

export class RedisRecentMessageStore {
  constructor(
    private readonly redis: Pick<Redis, 'eval' | 'del' | 'scan'>,
    private readonly options: { readonly prefix?: string } = {},
  ) {}

  async push(
    authorKey: string,
    message: RecentMessage,
    bounds: { readonly maxMessages: number; readonly windowMs: number },
  ): Promise<RecentMessage[]> {
    const at = message.at.getTime();
    const fields = [message.messageId, message.channelId, message.text];
    const member = JSON.stringify(message.authorId === undefined ? fields : [...fields, message.authorId]);
    const kept = (await this.redis.eval(
      PUSH_SCRIPT,
      1,
      this.key(authorKey),
      member,
      String(at),
      String(at - bounds.windowMs),
      String(Math.max(1, bounds.maxMessages)),
      String(bounds.windowMs + EXPIRY_SLACK_MS),
    )) as string[];
    return parseMembers(kept).filter((m) => m.messageId !== message.messageId);
  }

  /**
   * Reads the newest `maxMessages` kept under the key that match the query (written at or before `until`, within
   * `windowMs` of it), oldest first, in one command that changes nothing.
   */
  async recent(key: string, query: RecentMessageQuery): Promise<RecentMessage[]> {
    const max = Math.max(0, Math.floor(query.maxMessages));
    if (max === 0) return [];
    const until = query.until?.getTime();
    const highest = until === undefined ? '+inf' : String(until);
    const lowest = until !== undefined && query.windowMs !== undefined ? `(${until - query.windowMs}` : '-inf';
    const newestFirst = (await this.redis.eval(
      RECENT_SCRIPT,
      1,
      this.key(key),
      highest,
      lowest,
      String(max),
    )) as string[];
    return parseMembers(newestFirst).reverse();
  }

  /** Drops everything kept under these authors, in one command (an erasure: their words leave Redis now). */
  async forget(authorKeys: readonly string[]): Promise<void> {
    if (authorKeys.length > 0) await this.redis.del(...authorKeys.map((k) => this.key(k)));
  }

  /**
   * Removes these authors' messages from every key starting with `keyPrefix` (a club's channel windows): the keys
   * are found with SCAN (few: only channels written in within the last minutes), each cleaned in one atomic step.
   */
  async forgetAuthorsIn(keyPrefix: string, authorIds: readonly string[]): Promise<void> {
    if (authorIds.length === 0) return;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${escapeGlob(this.key(keyPrefix))}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) await this.redis.eval(FORGET_AUTHORS_SCRIPT, 1, key, ...authorIds);
    } while (cursor !== '0');
  }

  private key(authorKey: string): string {
    return `${this.options.prefix ?? 'snowball'}:recent-chat:${authorKey}`;
  }
}

/** A WITHSCORES answer (member, score, member, score...) as messages, in the answer's order. */
function parseMembers(reply: readonly string[]): RecentMessage[] {
  const messages: RecentMessage[] = [];
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const [messageId, channelId, text, authorId] = JSON.parse(reply[i] as string) as [string, string, string, string?];
    messages.push({
      messageId,
      channelId,
      text,
      at: new Date(Number(reply[i + 1])),
      ...(authorId ? { authorId } : {}),
    });
  }
  return messages;
}

/** `keyPrefix` taken literally in a SCAN MATCH pattern. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
