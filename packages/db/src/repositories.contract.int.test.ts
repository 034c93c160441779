import {
  type ContractSubject,
  describeClubListsContract,
  describeLessonRepositoryContract,
  describeRepositoryContract,
  describeRepositorySemantics,
} from '@snowball/core/testing';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';
import { createScratchDatabase, type ScratchDatabaseOptions } from './testing/scratch-database.js';

// The same contracts the in-memory repositories pass, on real PostgreSQL and on PGlite (a fresh database each).
async function onPostgres(options: ScratchDatabaseOptions = {}): Promise<ContractSubject> {
  const serverUrl = process.env['DATABASE_URL'];
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

async function onPglite(): Promise<ContractSubject> {
  const handle = await openDatabase({ memory: true });
  await runMigrations(handle);
  return { repos: createDrizzleRepositories(handle.db), close: () => handle.close() };
}

describeRepositoryContract('drizzle on PostgreSQL', () => onPostgres());
describeRepositoryContract('drizzle on PGlite', onPglite);
describeRepositorySemantics('drizzle on PostgreSQL', () => onPostgres());
describeRepositorySemantics('drizzle on PGlite', onPglite);
// Orderings and searches must not change with the database's default collation (here ICU en-US, not C).
describeRepositorySemantics('drizzle on PostgreSQL with an en-US collation', () => onPostgres({ icuLocale: 'en-US' }));
describeClubListsContract('drizzle on PostgreSQL', () => onPostgres());
describeClubListsContract('drizzle on PGlite', onPglite);
describeLessonRepositoryContract('drizzle on PostgreSQL', () => onPostgres());
describeLessonRepositoryContract('drizzle on PGlite', onPglite);
