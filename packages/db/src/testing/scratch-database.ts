import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A throwaway database on a PostgreSQL server; `drop()` removes it even if connections are still open. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

export interface ScratchDatabaseOptions {
  /** Name prefix; a random suffix is added. */
  readonly prefix?: string;
  /** Make an ICU collation (e.g. `en-US`) the database default, to prove results do not depend on it. */
  readonly icuLocale?: string;
}

async function asAdmin(serverUrl: string, statement: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** Creates an empty database `<prefix>_<random>` on the server of `serverUrl` (for integration tests). */
export async function createScratchDatabase(
  serverUrl: string,
  options: ScratchDatabaseOptions = {},
): Promise<ScratchDatabase> {
  const prefix = options.prefix ?? 'snowball_test';
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`invalid database name prefix: ${prefix}`);
  if (options.icuLocale !== undefined && !/^[A-Za-z0-9-]+$/.test(options.icuLocale)) {
    throw new Error(`invalid ICU locale: ${options.icuLocale}`);
  }
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const icu = options.icuLocale
    ? ` template template0 encoding 'UTF8' locale_provider icu icu_locale '${options.icuLocale}' locale 'C'`
    : '';
  await asAdmin(serverUrl, `create database "${name}"${icu}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => asAdmin(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
