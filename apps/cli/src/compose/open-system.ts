import { join, resolve } from 'node:path';
import {
  type Core,
  createCore,
  type JobQueue,
  type Messenger,
  type Platform,
  type Ports,
  type RoleSync,
  randomIds,
  systemClock,
} from '@snowball/core';
import { createDrizzleRepositories, type Database, openDatabase, runMigrations } from '@snowball/db';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { SimulatorMessenger } from '../simulator/simulator-messenger.js';
import { PlatformMessenger, PlatformRoleSync } from './platform-router.js';
import { checkRedis, openFailFastRedis } from './redis-connection.js';

export interface System {
  readonly config: Config;
  readonly ports: Ports;
  readonly core: Core;
  readonly redis: Redis | null;
  /** The drizzle handle, for stores that live beside the core's repositories (Slack installations). */
  readonly db: Database;
  readiness(): Promise<{ ok: boolean; checks: Record<string, { ok: boolean; reason?: string }> }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly migrate?: boolean;
  readonly messengers?: Partial<Record<Platform, Messenger>>;
  readonly roleSyncs?: Partial<Record<Platform, RoleSync>>;
  readonly jobs?: JobQueue;
}

/** Where the embedded PGlite database lives when DATABASE_URL is not set. */
export function pgliteDir(config: Config): string {
  return resolve(join(config.SNOWBALL_DATA_DIR, 'pglite'));
}

/** Jobs are derived from Postgres rows; without a queue, the worker's reconcile job schedules them later. */
const deferredJobs: JobQueue = {
  async schedule() {},
  async cancel() {},
};

/** Builds the real ports (Postgres or embedded PGlite, Redis, platform messengers) and binds the core. */
export async function openSystem(config: Config, options: OpenOptions = {}): Promise<System> {
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: pgliteDir(config) },
  );
  try {
    if (options.migrate ?? true) await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const redis = config.REDIS_URL ? openFailFastRedis(config.REDIS_URL) : null;
  redis?.on('error', () => {
    // Reported by readiness; ioredis reconnects by itself.
  });
  const ports: Ports = {
    ...createDrizzleRepositories(database.db),
    clock: systemClock,
    ids: randomIds,
    // DMs to terminal-chat accounts wait in Redis until `snowball chat` shows them, whichever process sent them.
    messenger: new PlatformMessenger({
      ...(redis ? { simulator: new SimulatorMessenger(redis) } : {}),
      ...options.messengers,
    }),
    roleSync: new PlatformRoleSync(options.roleSyncs ?? {}),
    jobs: options.jobs ?? deferredJobs,
  };
  return {
    config,
    ports,
    core: createCore(ports),
    redis,
    db: database.db,
    async readiness() {
      const checks: Record<string, { ok: boolean; reason?: string }> = {};
      try {
        await database.ping();
        checks.postgres = { ok: true };
      } catch (error) {
        checks.postgres = { ok: false, reason: error instanceof Error ? error.message : String(error) };
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
