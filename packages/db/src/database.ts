import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** Every table, as the drizzle client is configured with it. */
export type Schema = typeof schema;

/** A drizzle database on postgres-js or PGlite, or a transaction of one: what repositories query. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A database, or a function giving the one to use now (the running transaction, if any). */
export type DatabaseSource = Database | (() => Database);

/** Turns a source into a getter, so repositories can resolve the current transaction on every call. */
export function databaseGetter(source: DatabaseSource): () => Database {
  return typeof source === 'function' ? source : () => source;
}
