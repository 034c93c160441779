import { type ContractSubject, describeChannelPostContract } from '@snowball/core/testing';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';
import { createScratchDatabase } from './testing/scratch-database.js';

// The bot's channel posts (claims, staff cards due), as the in-memory twin answers them, on real PostgreSQL and on PGlite.
async function onPostgres(): Promise<ContractSubject> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const scratch = await createScratchDatabase(serverUrl);
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

describeChannelPostContract('drizzle on PostgreSQL', onPostgres);
describeChannelPostContract('drizzle on PGlite', onPglite);
