import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER, runMigrations } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { rowsOf } from './repositories/sql-helpers.js';
import * as schema from './schema/index.js';
import { createScratchDatabase, type ScratchDatabase } from './testing/scratch-database.js';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};
const TABLES = Object.values(schema).filter((value) => typeof value === 'object' && value !== null).length;

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
  );
  return Number(row?.n);
}

async function publicTables(handle: DatabaseHandle): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await handle.db.execute(
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    ),
  );
  return Number(row?.n);
}

describe('runMigrations on PostgreSQL', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function fresh(): Promise<ScratchDatabase> {
    const serverUrl = process.env['DATABASE_URL'];
    if (!serverUrl) throw new Error('DATABASE_URL is not set');
    const scratch = await createScratchDatabase(serverUrl, { prefix: 'snowball_migrate' });
    cleanup.push(() => scratch.drop());
    return scratch;
  }

  async function open(url: string): Promise<DatabaseHandle> {
    const handle = await openDatabase({ url });
    cleanup.push(() => handle.close());
    return handle;
  }

  it('lets two processes start at once: both succeed and the schema is applied once', async () => {
    const scratch = await fresh();
    const [first, second] = [await open(scratch.url), await open(scratch.url)];
    await Promise.all([runMigrations(first), runMigrations(second), runMigrations(first)]);
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(await appliedMigrations(first)).toBe(journal.entries.length);
    expect(await publicTables(second)).toBe(TABLES);
    await first.ping();
  });

  it('is a no-op the second time', async () => {
    const scratch = await fresh();
    const handle = await open(scratch.url);
    await runMigrations(handle);
    const [before] = rowsOf<{ id: number; created_at: string }>(
      await handle.db.execute(
        sql`select max(id) as id, max(created_at) as created_at from drizzle.__drizzle_migrations`,
      ),
    );
    await runMigrations(handle);
    const [after] = rowsOf<{ id: number; created_at: string }>(
      await handle.db.execute(
        sql`select max(id) as id, max(created_at) as created_at from drizzle.__drizzle_migrations`,
      ),
    );
    expect(after).toEqual(before);
    expect(await appliedMigrations(handle)).toBe(journal.entries.length);
  });

  it('waits for the advisory lock held by another process before migrating', async () => {
    const scratch = await fresh();
    const other = postgres(scratch.url, { max: 1, onnotice: () => {} });
    cleanup.push(() => other.end({ timeout: 5 }));
    await other`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
    const handle = await open(scratch.url);
    let done = false;
    const migrating = runMigrations(handle).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(done).toBe(false);
    expect(await publicTables(handle)).toBe(0);
    await other`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`;
    await migrating;
    expect(await publicTables(handle)).toBe(TABLES);
    // The lock is released afterwards, so the next process is not blocked.
    const [row] = await other`select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}::bigint) as got`;
    expect(row?.['got']).toBe(true);
  });

  it('fails ping on an unreachable server', async () => {
    const handle = await open('postgres://postgres@127.0.0.1:1/none?connect_timeout=2');
    await expect(handle.ping()).rejects.toThrow();
  });
});

describe('runMigrations on PGlite', () => {
  it('migrates a data directory once and keeps the data across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snowball-pglite-'));
    try {
      const first = await openDatabase({ pgliteDir: dir });
      expect(first.kind).toBe('pglite');
      await Promise.all([runMigrations(first), runMigrations(first)]);
      await runMigrations(first);
      expect(await appliedMigrations(first)).toBe(journal.entries.length);
      expect(await publicTables(first)).toBe(TABLES);
      await first.db.insert(schema.communities).values({
        id: '00000000-0000-4000-8000-000000000001',
        slug: 'kept',
        name: 'Kept',
        settings: {} as never,
        createdAt: new Date('2026-01-01T00:00:00Z'),
      });
      await first.close();

      const second = await openDatabase({ pgliteDir: dir });
      await runMigrations(second);
      await second.ping();
      const rows = await second.db.select().from(schema.communities);
      expect(rows.map((row) => [row.slug, row.createdAt.toISOString()])).toEqual([
        ['kept', '2026-01-01T00:00:00.000Z'],
      ]);
      expect(await appliedMigrations(second)).toBe(journal.entries.length);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
