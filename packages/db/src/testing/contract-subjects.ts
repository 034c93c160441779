import type { ContractSubject } from '@snowball/core/testing';
import { createDrizzleRepositories } from '../drizzle-repositories.js';
import { runMigrations } from '../migrate.js';
import { openDatabase } from '../open-database.js';
import { createScratchDatabase, type ScratchDatabaseOptions } from './scratch-database.js';

/** The Drizzle repositories on a migrated scratch database of the PostgreSQL server at DATABASE_URL, for a contract. */
export async function onPostgres(options: ScratchDatabaseOptions = {}): Promise<ContractSubject> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const scratch = await createScratchDatabase(serverUrl, options);
  const handle = await openDatabase({ url: scratch.url });
  await runMigrations(handle);
  return {
    repos: createDrizzleRepositories(handle.db),
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** The Drizzle repositories on a migrated in-memory PGlite, for a contract. */
export async function onPglite(): Promise<ContractSubject> {
  const handle = await openDatabase({ memory: true });
  await runMigrations(handle);
  return { repos: createDrizzleRepositories(handle.db), close: () => handle.close() };
}
