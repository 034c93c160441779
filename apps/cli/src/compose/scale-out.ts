import type { DmChannelRepository, Messenger } from '@snowball/core';
import {
  FormStash,
  type FormStore,
  type InteractionClaims,
  MemoryInteractionClaims,
  RedisFormStash,
  redisInteractionClaims,
} from '@snowball/discord';
import { createMetrics, MeteredMessenger, type SnowballMetrics } from '@snowball/metrics';
import { type CallLimiter, MemoryCallLimiter, RedisCallLimiter } from '@snowball/rate-limit';
import { type EventDeduplicator, RedisEventDeduplicator } from '@snowball/slack';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { openFailFastRedis } from './redis-connection.js';

/**
 * What lets several API, bot and worker processes run side by side on one Postgres and one Redis: one pace
 * of platform API calls per bot shared through Redis, form stashes and Slack event claims in Redis, DM
 * channel ids in Postgres (filled in once the database is open), and this process's metrics.
 * Without REDIS_URL (one embedded process) each falls back to this process's memory.
 */
export interface ScaleOut {
  readonly metrics: SnowballMetrics;
  readonly limiter: CallLimiter;
  readonly forms: FormStore;
  /** Slack event claims shared by API processes (the Slack app keeps its own memory layer in front); null without Redis. */
  readonly slackEvents: EventDeduplicator | null;
  /** Discord HTTP interaction ids already handled (a replayed request has no second effect); memory without Redis. */
  readonly discordInteractions: InteractionClaims;
  /** DM channel ids: the Postgres repository once `useDmChannels` was called, memory until then. */
  readonly dmChannels: DmChannelRepository;
  useDmChannels(repository: DmChannelRepository): void;
  /** A platform messenger whose failed DMs are counted. */
  meter(messenger: Messenger): Messenger;
  close(): Promise<void>;
}

export function createScaleOut(options: {
  readonly redisUrl?: string | undefined;
  readonly prefix: string;
  readonly logger: Logger;
  readonly roles: readonly string[];
}): ScaleOut {
  const { logger, prefix } = options;
  const metrics = createMetrics({ labels: { role: [...options.roles].sort().join('+') || 'none' } });
  const redis: Redis | null = options.redisUrl ? openFailFastRedis(options.redisUrl) : null;
  // Reported by readiness; ioredis reconnects by itself.
  redis?.on('error', () => undefined);
  const memoryLimiter = new MemoryCallLimiter();
  let warned = false;
  const limiter = redis
    ? new RedisCallLimiter(redis, {
        prefix,
        fallback: memoryLimiter,
        onFallback: (err) => {
          if (warned) return;
          warned = true;
          logger.warn({ err }, 'platform call pace: Redis unreachable, pacing this process alone');
        },
      })
    : memoryLimiter;
  const memoryChannels = new Map<string, string>();
  let repository: DmChannelRepository | null = null;
  const channels = () => repository;
  return {
    metrics,
    limiter,
    forms: redis ? new RedisFormStash(redis, { prefix }) : new FormStash(),
    slackEvents: redis ? new RedisEventDeduplicator(redis, { prefix }) : null,
    discordInteractions: redis ? redisInteractionClaims(redis, { prefix }) : new MemoryInteractionClaims(),
    dmChannels: {
      find: async (platform, userId) => {
        const stored = channels();
        return stored ? stored.find(platform, userId) : (memoryChannels.get(`${platform}:${userId}`) ?? null);
      },
      save: async (platform, userId, channelId) => {
        const stored = channels();
        if (stored) await stored.save(platform, userId, channelId);
        else memoryChannels.set(`${platform}:${userId}`, channelId);
      },
      forget: async (platform, userId) => {
        memoryChannels.delete(`${platform}:${userId}`);
        await channels()?.forget(platform, userId);
      },
    },
    useDmChannels(next) {
      repository = next;
    },
    meter: (messenger) => new MeteredMessenger(messenger, metrics),
    async close() {
      redis?.disconnect();
    },
  };
}
