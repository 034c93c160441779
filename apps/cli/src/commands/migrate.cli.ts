import { openConfiguredDatabase } from '../compose/open-system.js';
import type { Config } from '../config.js';

/**
 * `snowball migrate`: applies the committed migrations under an advisory lock (on the embedded default, the
 * process that serves the data directory has applied them before anyone could connect).
 */
export async function migrateCommand(config: Config, out: (line: string) => void): Promise<void> {
  const database = await openConfiguredDatabase(config, { command: 'snowball migrate', migrate: true });
  try {
    out(`Migrations applied (${database.embedded ? 'embedded PGlite' : 'PostgreSQL'}).`);
  } finally {
    await database.close();
  }
}
