import { createHash } from 'node:crypto';
import type { Messenger, OutboundMessage, PlatformAccount } from '@snowball/core';
import type { Redis } from 'ioredis';

/**
 * The Redis list where direct messages to a simulator account wait until `snowball chat` shows them: under the
 * deployment's key prefix (SNOWBALL_QUEUE_PREFIX), named by a hash of the account so no e-mail address
 * appears in a key name.
 */
export function inboxKey(prefix: string, communityId: string, userId: string): string {
  const account = createHash('sha256').update(`${communityId}\u0000${userId}`).digest('hex').slice(0, 32);
  return `${prefix}:simulator:inbox:${communityId}:${account}`;
}

/** Delivers DMs for the terminal chat: the worker pushes, the chat session pops (any process, same Redis). */
export class SimulatorMessenger implements Messenger {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}
  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    const key = inboxKey(this.prefix, account.communityId, account.platformUserId);
    await this.redis
      .multi()
      .rpush(key, JSON.stringify(message))
      .expire(key, 30 * 86_400)
      .exec();
  }
}

/** Takes every waiting message for one simulator account, oldest first. */
export async function drainInbox(
  redis: Redis,
  prefix: string,
  communityId: string,
  userId: string,
): Promise<OutboundMessage[]> {
  const key = inboxKey(prefix, communityId, userId);
  const [[, items]] = ((await redis.multi().lrange(key, 0, -1).del(key).exec()) ?? [[null, []]]) as [
    [unknown, string[]],
  ];
  return items.map((raw) => JSON.parse(raw) as OutboundMessage);
}
