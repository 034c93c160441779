import type { ChatMessage } from '@snowball/commands';
import {
  type ChatModerator,
  enforceChatModeration,
  type Platform,
  type Ports,
  type RecentMessageStore,
  routeChatModerators,
} from '@snowball/core';
import { createTextClassifier } from '@snowball/moderation';
import { MemoryRecentMessageStore, RedisRecentMessageStore } from '@snowball/rate-limit';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The bots' message hook: every message people write or edit in a club channel goes through automatic moderation
 * (judged under the club's rules, then removed, the author told, the strike given, the moderators' log posted).
 * Recent messages live in Redis when there is one, so flooding across bot processes is seen; in this process's
 * memory otherwise (one embedded process).
 */
export function createChatModeration(options: {
  readonly ports: Ports;
  readonly moderators: Partial<Record<Platform, ChatModerator>>;
  readonly redis: Redis | null;
  readonly prefix: string;
  readonly logger: Logger;
}): (message: ChatMessage) => Promise<void> {
  // The system's store when it has one, so an erasure (which uses the same) forgets what is kept here.
  const recentMessages: RecentMessageStore =
    options.ports.recentMessages ??
    (options.redis
      ? new RedisRecentMessageStore(options.redis, { prefix: options.prefix })
      : new MemoryRecentMessageStore());
  const deps = {
    ...options.ports,
    classifier: createTextClassifier(),
    recentMessages,
    chat: routeChatModerators(options.moderators),
  };
  const { logger } = options;
  return async (message) => {
    const result = await enforceChatModeration(deps, message);
    if (result.action === 'allow') return;
    const details = {
      platform: message.platform,
      channelId: message.channelId,
      messageId: message.messageId,
      caseId: result.caseId,
      action: result.action,
      rules: result.rules,
      duplicate: result.duplicate,
    };
    if (result.failures.length > 0)
      logger.warn({ ...details, failures: result.failures }, 'moderation: some actions failed');
    else logger.info(details, 'moderation: message handled');
  };
}
