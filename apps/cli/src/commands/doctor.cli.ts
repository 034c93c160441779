import { access, constants } from 'node:fs/promises';
import { openSystem, pgliteDir } from '../compose/open-system.js';
import type { Config } from '../config.js';

/** `snowball doctor`: checks config, Postgres and Redis, and says what is wrong in plain words. */
export async function doctorCommand(config: Config, out: (line: string) => void): Promise<boolean> {
  const lines: [boolean, string][] = [];
  lines.push([true, `config: valid (public URL ${config.publicUrl})`]);
  if (!config.DATABASE_URL) {
    const dir = pgliteDir(config);
    const writable = await access(config.SNOWBALL_DATA_DIR, constants.W_OK).then(
      () => true,
      () => false,
    );
    lines.push([true, `database: embedded PGlite in ${dir}${writable ? '' : ' (data directory not created yet)'}`]);
  }
  let ok = true;
  try {
    const system = await openSystem(config, { migrate: false });
    try {
      const readiness = await system.readiness();
      for (const [name, check] of Object.entries(readiness.checks)) {
        lines.push([check.ok, `${name}: ${check.ok ? 'ok' : check.reason}`]);
      }
      const communities = await system.ports.communities.list().catch(() => null);
      if (communities === null) lines.push([false, 'schema: not migrated — run `snowball migrate`']);
      else
        lines.push([true, `clubs: ${communities.map((c) => c.slug).join(', ') || 'none yet — run `snowball demo`'}`]);
      ok = readiness.ok && communities !== null;
    } finally {
      await system.close();
    }
  } catch (error) {
    ok = false;
    lines.push([false, `postgres: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const platforms = [
    config.DISCORD_TOKEN ? 'discord (gateway)' : config.DISCORD_PUBLIC_KEY ? 'discord (HTTP interactions)' : null,
    config.SLACK_APP_TOKEN ? 'slack (socket mode)' : config.SLACK_SIGNING_SECRET ? 'slack (HTTP)' : null,
  ].filter(Boolean);
  lines.push([true, `platforms: ${platforms.join(', ') || 'none configured (try `snowball chat`)'}`]);
  for (const [good, line] of lines) out(`${good ? '✓' : '✗'} ${line}`);
  return ok;
}
