import { join, resolve } from 'node:path';
import {
  type AccessRoster,
  type ChannelPublisher,
  type Core,
  createCore,
  type JobQueue,
  type Messenger,
  type Platform,
  type Ports,
  type RoleSync,
  randomIds,
  routeChannelPublishers,
  systemClock,
} from '@snowball/core';
import {
  createDrizzleRepositories,
  type Database,
  type DatabaseHandle,
  describeDatabaseError,
  type EmbeddedInfo,
  type EmbeddedMode,
  openDatabase,
  openEmbeddedDatabase,
  runMigrations,
} from '@snowball/db';
import { MemoryRecentMessageStore, RedisRecentMessageStore } from '@snowball/rate-limit';
import { type OpenStripe, openStripe } from '@snowball/stripe';
import type { Redis } from 'ioredis';
import { CliError } from '../cli-error.js';
import { cliLocale } from '../cli-locale.js';
import type { Config } from '../config.js';
import { SimulatorMessenger } from '../simulator/simulator-messenger.js';
import { keywordMatcher } from './keyword-matcher.js';
import { PlatformAccessRoster, PlatformMessenger, PlatformRoleSync } from './platform-router.js';
import { checkRedis, openFailFastRedis } from './redis-connection.js';

export interface System {
  readonly config: Config;
  readonly ports: Ports;
  readonly core: Core;
  readonly redis: Redis | null;
  /** The drizzle handle, for stores that live beside the core's repositories (Slack installations). */
  readonly db: Database;
  /** Set on the embedded default: which process serves the data directory. */
  readonly embedded: EmbeddedInfo | null;
  /** Online payment, when STRIPE_SECRET_KEY is set: the client and webhook secret for `POST /webhooks/stripe`. */
  readonly stripe?: OpenStripe | null;
  readiness(): Promise<{ ok: boolean; checks: Record<string, { ok: boolean; reason?: string }> }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly migrate?: boolean;
  readonly messengers?: Partial<Record<Platform, Messenger>>;
  readonly roleSyncs?: Partial<Record<Platform, RoleSync>>;
  /** Who holds access on each platform, for the access check; none: the check does nothing. */
  readonly accessRosters?: Partial<Record<Platform, AccessRoster>>;
  /** Posts to club channels (staff cards, the weekly digest); none: nothing is posted. */
  readonly channelPublishers?: Partial<Record<Platform, ChannelPublisher>>;
  readonly jobs?: JobQueue;
  /** Embedded default only: `serve` for `snowball start` (it must own the data directory), else `share`. */
  readonly embeddedMode?: EmbeddedMode;
  /** Shown to other processes that find the embedded database in use ("snowball start"). */
  readonly command?: string;
}

/** Where the embedded PGlite database lives when DATABASE_URL is not set. */
export function pgliteDir(config: Config): string {
  return resolve(join(config.SNOWBALL_DATA_DIR, 'pglite'));
}

/**
 * PostgreSQL from DATABASE_URL, or the embedded database: opened by one process and served to the others
 * over the PostgreSQL protocol, so a login link printed by `snowball admin invite` is one the server knows.
 */
export async function openConfiguredDatabase(
  config: Config,
  options: { readonly embeddedMode?: EmbeddedMode; readonly command?: string; readonly migrate?: boolean } = {},
): Promise<DatabaseHandle & { readonly embedded?: EmbeddedInfo }> {
  if (config.DATABASE_URL) {
    if (options.migrate) {
      // Migrations may run longer than any request should: their own pool, without the statement timeout.
      const migrating = await openDatabase({ url: config.DATABASE_URL, connectTimeoutSeconds: 10 });
      try {
        await migrating.ping().catch((error: unknown) => {
          throw new CliError(unreachableDatabase(config.DATABASE_URL ?? '', error));
        });
        await runMigrations(migrating);
      } finally {
        await migrating.close();
      }
    }
    return openDatabase({
      url: config.DATABASE_URL,
      connectTimeoutSeconds: 10,
      ...(config.DATABASE_STATEMENT_TIMEOUT_MS ? { statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS } : {}),
    });
  }
  // The process that opens the directory migrates before others may connect; those that join find it done.
  return openEmbeddedDatabase({
    dir: pgliteDir(config),
    mode: options.embeddedMode ?? 'share',
    command: options.command ?? 'snowball',
    prepare: options.migrate ? runMigrations : undefined,
  });
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`: the URL to show, without its password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

/** What `snowball start` says when PostgreSQL cannot be reached: the variable to check, no stack trace. */
export function unreachableDatabase(url: string, error: unknown, locale = cliLocale()): string {
  const where = withoutPassword(url);
  const reason = describeDatabaseError(error);
  return locale === 'zh-CN'
    ? `无法连接 PostgreSQL（DATABASE_URL=${where}）：${reason}\n请确认 PostgreSQL 正在运行，且 DATABASE_URL 的主机、端口、用户名和密码正确。`
    : `Cannot reach PostgreSQL at DATABASE_URL=${where}: ${reason}\nCheck that PostgreSQL is running and that DATABASE_URL has the right host, port, user and password.`;
}

/** Jobs are derived from Postgres rows; without a queue, the worker's reconcile job schedules them later. */
const deferredJobs: JobQueue = {
  async schedule() {},
  async scheduleMany() {
    return { added: 0 };
  },
  async cancel() {},
};

/** Builds the real ports (Postgres or embedded PGlite, Redis, platform messengers) and binds the core. */
export async function openSystem(config: Config, options: OpenOptions = {}): Promise<System> {
  const database = await openConfiguredDatabase(config, { ...options, migrate: options.migrate ?? true });
  const redis = config.REDIS_URL ? openFailFastRedis(config.REDIS_URL) : null;
  redis?.on('error', () => {
    // Reported by readiness; ioredis reconnects by itself.
  });
  const stripe = openStripe(
    {
      STRIPE_SECRET_KEY: config.STRIPE_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: config.STRIPE_WEBHOOK_SECRET,
      STRIPE_API_URL: config.STRIPE_API_URL,
      STRIPE_RETURN_URL: config.STRIPE_RETURN_URL,
    },
    { returnUrl: `${config.publicUrl}/` },
  );
  const ports: Ports = {
    ...createDrizzleRepositories(database.db),
    clock: systemClock,
    ids: randomIds,
    // DMs to terminal-chat accounts wait in Redis until `snowball chat` shows them, whichever process sent them.
    messenger: new PlatformMessenger({
      ...(redis ? { simulator: new SimulatorMessenger(redis, config.SNOWBALL_QUEUE_PREFIX) } : {}),
      ...options.messengers,
    }),
    roleSync: new PlatformRoleSync(options.roleSyncs ?? {}),
    ...(options.accessRosters && Object.keys(options.accessRosters).length > 0
      ? { accessRoster: new PlatformAccessRoster(options.accessRosters) }
      : {}),
    jobs: options.jobs ?? deferredJobs,
    keywords: keywordMatcher,
    ...(stripe ? { paymentGateway: stripe.gateway } : {}),
    ...(options.channelPublishers && Object.keys(options.channelPublishers).length > 0
      ? { channels: routeChannelPublishers(options.channelPublishers) }
      : {}),
    // Chat moderation's recent messages, shared by every process through Redis (this process's memory without).
    recentMessages: redis
      ? new RedisRecentMessageStore(redis, { prefix: config.SNOWBALL_QUEUE_PREFIX })
      : new MemoryRecentMessageStore(),
  };
  return {
    config,
    ports,
    core: createCore(ports),
    redis,
    db: database.db,
    embedded: database.embedded ?? null,
    stripe,
    async readiness() {
      const checks: Record<string, { ok: boolean; reason?: string }> = {};
      try {
        await database.ping();
        checks.postgres = { ok: true };
      } catch (error) {
        checks.postgres = { ok: false, reason: describeDatabaseError(error) };
      }
      checks.redis = redis ? await checkRedis(redis) : { ok: false, reason: 'REDIS_URL is not set' };
      return { ok: Object.values(checks).every((c) => c.ok), checks };
    },
    async close() {
      redis?.disconnect();
      await database.close();
    },
  };
}
