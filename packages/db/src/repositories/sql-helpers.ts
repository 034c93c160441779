import { type Column, eq, isNull, type SQL, sql } from 'drizzle-orm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * True when every value is a lowercase UUID. Lookups by anything else find nothing, as in memory, instead
 * of PostgreSQL failing the query (and the transaction) with "invalid input syntax for type uuid".
 */
export function isUuid(...values: readonly string[]): boolean {
  return values.every((value) => UUID.test(value));
}

/** The error every repository (in memory too) throws when a create hits a unique key. */
export function uniqueViolation(what: string): Error {
  return new Error(`unique violation: ${what}`);
}

/** Orders text by byte (code point) order whatever the database's locale, like `compareText` in memory. */
export function byteOrder(column: Column): SQL {
  return sql`${column} collate "C"`;
}

/** Substring test on bytes; unlike LIKE, `%` and `_` in the needle are plain characters. */
export function contains(column: Column | SQL, needle: string): SQL {
  return sql`strpos(${column}, ${needle}) > 0`;
}

/** The column, with NULL read as the empty string. */
export function orEmpty(column: Column): SQL {
  return sql`coalesce(${column}, '')`;
}

/** `column = value` where JS equality is meant: null matches NULL, undefined matches nothing. */
export function sameAs(column: Column, value: string | null | undefined): SQL {
  if (value === undefined) return sql`false`;
  return value === null ? isNull(column) : eq(column, value);
}

/** Rows of a raw `db.execute()`: postgres-js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) return rows as T[];
  throw new Error('unexpected result from db.execute()');
}
