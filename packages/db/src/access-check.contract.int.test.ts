import { describeAccessCheckContract } from '@snowball/core/testing';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';
import { createScratchDatabase } from './testing/scratch-database.js';

describeAccessCheckContract('drizzle on PostgreSQL', async () => {
  const serverUrl = process.env['DATABASE_URL'];
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
});

describeAccessCheckContract('drizzle on PGlite', async () => {
  const handle = await openDatabase({ memory: true });
  await runMigrations(handle);
  return { repos: createDrizzleRepositories(handle.db), close: () => handle.close() };
});
