import { openDatabase, runMigrations } from '@snowball/db';
import { pgliteDir } from '../compose/open-system.js';
import type { Config } from '../config.js';

/** `snowball migrate`: applies the committed migrations under an advisory lock. */
export async function migrateCommand(config: Config, out: (line: string) => void): Promise<void> {
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: pgliteDir(config) },
  );
  try {
    await runMigrations(database);
    out(`Migrations applied (${database.kind}).`);
  } finally {
    await database.close();
  }
}
