import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database.js';
import { rowsOf } from './repositories/sql-helpers.js';
import * as schema from './schema/index.js';

/** Where the data lives: a PostgreSQL URL, a PGlite directory, or a throwaway in-memory PGlite. */
export type DatabaseOptions =
  | {
      readonly url: string;
      /** Pool size; at least 2 so migrations can hold their lock. */
      readonly max?: number;
      /** Server-side `statement_timeout` for every statement of this pool (off when unset: migrations need time). */
      readonly statementTimeoutMs?: number;
      /** Give up connecting after this many seconds (postgres-js default: 30). */
      readonly connectTimeoutSeconds?: number;
    }
  /** Opened by this process alone; processes sharing a data directory use `openEmbeddedDatabase` instead. */
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
    return postgresHandle(
      postgres(options.url, {
        max: Math.max(2, options.max ?? 10),
        onnotice: () => {},
        ...(options.connectTimeoutSeconds ? { connect_timeout: options.connectTimeoutSeconds } : {}),
        ...(options.statementTimeoutMs ? { connection: { statement_timeout: options.statementTimeoutMs } } : {}),
      }),
    );
  }
  const client = await createPglite('pgliteDir' in options ? options.pgliteDir : undefined);
  const db: Database = drizzlePglite({ client, schema });
  return {
    kind: 'pglite',
    db,
    client,
    close: () => client.close(),
    ping: () => ping(db),
  };
}

/** Wraps a postgres-js client in a handle (also used for the embedded database served to other processes). */
export function postgresHandle(client: postgres.Sql, close?: () => Promise<void>): PostgresHandle {
  const db: Database = drizzlePostgres({ client, schema });
  return {
    kind: 'postgres',
    db,
    client,
    close: close ?? (() => client.end({ timeout: 5 })),
    ping: () => ping(db),
  };
}

/** Creates a PGlite instance, in memory or in a data directory (created when missing). */
export async function createPglite(dataDir?: string): Promise<PGlite> {
  // PGlite creates only the last directory level; the data directory may not exist on a fresh clone.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // pg_trgm backs the directory's and the member list's substring search (see the migrations).
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}

/** How long `ping` waits: a host that drops packets would otherwise hold a readiness check (or `start`) forever. */
const PING_TIMEOUT_MS = 5000;

async function ping(db: Database): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`no answer from the database within ${PING_TIMEOUT_MS / 1000} s`), {
            code: 'CONNECT_TIMEOUT',
          }),
        ),
      PING_TIMEOUT_MS,
    );
  });
  try {
    const [row] = rowsOf<{ ok: number }>(await Promise.race([db.execute(sql`select 1 as ok`), timeout]));
    if (row?.ok !== 1) throw new Error('database ping returned no row');
  } finally {
    clearTimeout(timer);
  }
}
