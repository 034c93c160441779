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

/** SQLSTATE classes and codes that mean "the database cannot serve now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '55P03', '40P01']);
/** Driver and socket error codes for a database that cannot be reached. */
const UNAVAILABLE_DRIVER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when an error (or its cause) says the database is down, unreachable, overloaded or past its
 * statement timeout: the edge answers 503 "temporarily unavailable" instead of 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const code = codeOf(e);
    if (!code) return false;
    return UNAVAILABLE_DRIVER_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08');
  });
}

/**
 * What went wrong, for an operator: the innermost cause's message and code (e.g. `connect ECONNREFUSED
 * 127.0.0.1:5432`), never the SQL text or its parameter values (drizzle's "Failed query: ... params: ...").
 */
export function describeDatabaseError(error: unknown): string {
  const chain = causes(error);
  const innermost = chain[chain.length - 1] ?? error;
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  const firstLine = (message.split('\n')[0] ?? '').replace(/^Failed query:.*$/, 'query failed');
  const code = chain.map(codeOf).find((c) => c !== undefined);
  return code && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}
