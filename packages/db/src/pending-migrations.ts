import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Database } from './database.js';
import { MIGRATIONS_FOLDER } from './migrate.js';
import { rowsOf } from './repositories/sql-helpers.js';

/** How far a database's schema is behind the committed migrations. */
export interface MigrationStatus {
  /** Committed migrations (drizzle journal entries). */
  readonly total: number;
  /** Of those, the ones not applied yet: drizzle applies every migration newer than the last one it recorded. */
  readonly pending: number;
  /** No migration was ever applied (an empty database). */
  readonly fresh: boolean;
}

/**
 * Compares the drizzle migrations journal with what the database recorded, without changing anything (for
 * `snowball doctor`, which must explain an old schema rather than fail on a query against it).
 */
export async function migrationStatus(db: Database, folder: string = MIGRATIONS_FOLDER): Promise<MigrationStatus> {
  const journal = JSON.parse(await readFile(`${folder}/meta/_journal.json`, 'utf8')) as {
    entries: { when: number }[];
  };
  const total = journal.entries.length;
  const [table] = rowsOf<{ name: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`),
  );
  if (!table?.name) return { total, pending: total, fresh: true };
  const [last] = rowsOf<{ at: string | number | null }>(
    await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`),
  );
  if (last?.at === null || last?.at === undefined) return { total, pending: total, fresh: true };
  const appliedUntil = Number(last.at);
  return { total, pending: journal.entries.filter((e) => e.when > appliedUntil).length, fresh: false };
}
