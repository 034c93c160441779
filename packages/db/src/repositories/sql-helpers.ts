import { UniqueViolation, uniqueViolation } from '@snowball/core';
import { type Column, eq, isNull, type SQL, sql } from 'drizzle-orm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * True when every value is a lowercase UUID. Lookups by anything else find nothing, as in memory, instead
 * of PostgreSQL failing the query (and the transaction) with "invalid input syntax for type uuid".
 */
export function isUuid(...values: readonly string[]): boolean {
  return values.every((value) => UUID.test(value));
}

/**
 * `column = any($1::uuid[])` with the ids as ONE parameter (a Postgres array literal), so the statement does
 * not grow with the list (Postgres allows 65,534 parameters). Pass only ids checked with `isUuid`.
 */
export function inUuids(column: Column | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;
}

/** A Postgres array literal of texts, to send a list as ONE parameter (`${textArray(xs)}::text[]`). */
export function textArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** The error every repository (in memory too) throws when a create hits a unique key: core's domain conflict. */
export { uniqueViolation } from '@snowball/core';

/**
 * A unique violation raised by PostgreSQL itself (SQLSTATE 23505: a write that was not guarded, or a race
 * past the guard), as core's domain conflict; null for any other error. postgres-js and PGlite both set
 * `code`; drizzle wraps the driver's error as `cause`.
 */
export function asUniqueViolation(error: unknown): UniqueViolation | null {
  if (error instanceof UniqueViolation) return error;
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const driver = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };
    if (driver.code === '23505') return uniqueViolation(String(driver.constraint_name ?? driver.constraint ?? 'key'));
    e = driver.cause;
  }
  return null;
}

/** Orders text by byte (code point) order whatever the database's locale, like `compareText` in memory. */
export function byteOrder(column: Column): SQL {
  return sql`${column} collate "C"`;
}

/** Substring test on bytes; unlike LIKE, `%` and `_` in the needle are plain characters. */
export function contains(column: Column | SQL, needle: string): SQL {
  return sql`strpos(${column}, ${needle}) > 0`;
}

/**
 * Substring test with LIKE, so a pg_trgm index can serve it; `%`, `_` and `\\` in the needle are escaped
 * (plain characters, as with `contains`). NULL never matches.
 */
export function likeText(column: Column | SQL, needle: string): SQL {
  return sql`${column} like ${`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
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

/**
 * A Postgres array literal (`{"a","b",NULL}`) of text, numbers or instants, to pass a whole column as ONE
 * parameter (`${arrayLiteral(values)}::text[]`, e.g. with `unnest` for a bulk insert).
 */
export function arrayLiteral(values: readonly (string | number | Date | null)[]): string {
  const item = (value: string | number | Date | null) => {
    if (value === null) return 'NULL';
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  };
  return `{${values.map(item).join(',')}}`;
}
