import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database.js';
import { rowsOf } from './repositories/sql-helpers.js';
import * as schema from './schema/index.js';

/** Where the data lives: a PostgreSQL URL, a PGlite directory, or a throwaway in-memory PGlite. */
export type DatabaseOptions =
  | { readonly url: string /** Pool size; at least 2 so migrations can hold their lock. */; readonly max?: number }
  | { readonly pgliteDir: string }
  | { readonly memory: true };

interface HandleBase {
  readonly db: Database;
  /** Closes every connection; the handle is unusable afterwards. */
  close(): Promise<void>;
  /** Runs `select 1`; throws when the database cannot be reached. */
  ping(): Promise<void>;
}

/** An open PostgreSQL pool (postgres-js). */
export interface PostgresHandle extends HandleBase {
  readonly kind: 'postgres';
  readonly client: postgres.Sql;
}

/** An open PGlite database (PostgreSQL compiled to WebAssembly, in this process). */
export interface PgliteHandle extends HandleBase {
  readonly kind: 'pglite';
  readonly client: PGlite;
}

/** An open database: `db` for queries and repositories, `kind` and `client` for the few driver-specific needs. */
export type DatabaseHandle = PostgresHandle | PgliteHandle;

/** Opens PostgreSQL (postgres-js) or PGlite behind the same drizzle API. Migrations are a separate step. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) {
    // Notices ("relation already exists, skipping") are expected during migrations and only add noise.
    const client = postgres(options.url, { max: Math.max(2, options.max ?? 10), onnotice: () => {} });
    const db: Database = drizzlePostgres({ client, schema });
    return {
      kind: 'postgres',
      db,
      client,
      close: () => client.end({ timeout: 5 }),
      ping: () => ping(db),
    };
  }
  // PGlite creates only the last directory level; the data directory may not exist on a fresh clone.
  if ('pgliteDir' in options) await mkdir(options.pgliteDir, { recursive: true });
  const client = await PGlite.create('pgliteDir' in options ? options.pgliteDir : undefined);
  const db: Database = drizzlePglite({ client, schema });
  return {
    kind: 'pglite',
    db,
    client,
    close: () => client.close(),
    ping: () => ping(db),
  };
}

async function ping(db: Database): Promise<void> {
  const [row] = rowsOf<{ ok: number }>(await db.execute(sql`select 1 as ok`));
  if (row?.ok !== 1) throw new Error('database ping returned no row');
}
