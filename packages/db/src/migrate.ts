import { fileURLToPath } from 'node:url';
import { reindexDirectory, reindexSuppliers } from '@snowball/core';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import type { DatabaseHandle } from './open-database.js';

/** The committed drizzle-kit migrations, found from this file so any working directory works. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Every snowball process takes this advisory lock to migrate; the number is arbitrary but must never change. */
export const MIGRATION_LOCK_KEY = 7_416_339_021;

const running = new WeakMap<DatabaseHandle, Promise<void>>();

/**
 * Applies pending migrations. Safe when several processes start at once: drizzle's migrator is not, so it
 * runs under a PostgreSQL advisory lock; whoever waits then finds nothing left to apply.
 */
export function runMigrations(handle: DatabaseHandle): Promise<void> {
  // One handle, one queue: on PGlite every call shares the one session, where an advisory lock is re-entrant.
  const previous = running.get(handle) ?? Promise.resolve();
  const next = previous.then(() => migrateLocked(handle)).then(() => reindexStaleProfiles(handle));
  running.set(
    handle,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Profiles and suppliers whose search index is older than core's (after the migration that added it, or a
 * vocabulary change) are re-indexed in batches; when none is stale this is one indexed query each. Idempotent,
 * so processes starting together may both run it.
 */
async function reindexStaleProfiles(handle: DatabaseHandle): Promise<void> {
  const repositories = createDrizzleRepositories(handle.db);
  await reindexDirectory(repositories, {});
  await reindexSuppliers(repositories, {});
}

async function migrateLocked(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.kind === 'pglite') {
    await handle.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`);
    try {
      await migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], config);
    } finally {
      await handle.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`);
    }
    return;
  }
  // A session lock belongs to one connection: hold it on a reserved one while the pool runs the migrator.
  const lock = await handle.client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
    try {
      await migratePostgres(handle.db as unknown as Parameters<typeof migratePostgres>[0], config);
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`;
    }
  } finally {
    lock.release();
  }
}
