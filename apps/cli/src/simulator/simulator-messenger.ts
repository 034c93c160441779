import type { Messenger, OutboundMessage, PlatformAccount } from '@snowball/core';
import type { Redis } from 'ioredis';

/** The Redis list where direct messages to a simulator account wait until `snowball chat` shows them. */
export function inboxKey(communityId: string, userId: string): string {
  return `snowball:simulator:inbox:${communityId}:${userId}`;
}

/** Delivers DMs for the terminal chat: the worker pushes, the chat session pops (any process, same Redis). */
export class SimulatorMessenger implements Messenger {
  constructor(private readonly redis: Redis) {}
  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    const key = inboxKey(account.communityId, account.platformUserId);
    await this.redis
      .multi()
      .rpush(key, JSON.stringify(message))
      .expire(key, 30 * 86_400)
      .exec();
  }
}

/** Takes every waiting message for one simulator account, oldest first. */
export async function drainInbox(redis: Redis, communityId: string, userId: string): Promise<OutboundMessage[]> {
  const key = inboxKey(communityId, userId);
  const [[, items]] = ((await redis.multi().lrange(key, 0, -1).del(key).exec()) ?? [[null, []]]) as [
    [unknown, string[]],
  ];
  return items.map((raw) => JSON.parse(raw) as OutboundMessage);
}
