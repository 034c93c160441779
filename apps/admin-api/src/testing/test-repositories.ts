import type { Repositories, UnitOfWork } from '@snowball/core';
import { createDrizzleRepositories, openDatabase, runMigrations } from '@snowball/db';
import { createScratchDatabase } from '@snowball/db/testing';

export interface TestRepositories {
  readonly repos: Repositories & { uow: UnitOfWork };
  close(): Promise<void>;
}

/** Real PostgreSQL for API tests: a fresh, migrated database per test file, dropped on close. */
export async function openTestRepositories(): Promise<TestRepositories> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const scratch = await createScratchDatabase(serverUrl, { prefix: 'snowball_admin_api' });
  const database = await openDatabase({ url: scratch.url });
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    await scratch.drop();
    throw error;
  }
  return {
    repos: createDrizzleRepositories(database.db),
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
