import { type Locale, translate } from '@snowball/core';
import { migrationStatus } from '@snowball/db';
import { cliLocale } from '../cli-locale.js';
import { openSystem, pgliteDir } from '../compose/open-system.js';
import type { Config } from '../config.js';
import { clubConnectionLines, type DoctorLine } from './doctor-club.js';
import { type DoctorText, doctorTexts } from './doctor-texts.js';
import { feishuHealthLines } from './feishu-health-lines.js';
import { platformReachabilityLines } from './platform-reachability.js';

/**
 * `snowball doctor [--community SLUG]`: checks config, Postgres and Redis (and a club's platform connections),
 * and says what is wrong in plain words.
 */
export async function doctorCommand(
  config: Config,
  out: (line: string) => void,
  options: { readonly community?: string; readonly locale?: Locale } = {},
): Promise<boolean> {
  const locale = options.locale ?? cliLocale();
  const t = (key: DoctorText, params?: Record<string, unknown>) => translate(doctorTexts, locale, key, params);
  const lines: DoctorLine[] = [[true, t('configValid', { url: config.publicUrl })]];
  let ok = true;
  try {
    const system = await openSystem(config, { migrate: false, command: 'snowball doctor' });
    try {
      if (system.embedded) {
        const { role, pid, command } = system.embedded;
        const dir = pgliteDir(config);
        lines.push([
          true,
          role === 'server' ? t('embeddedServer', { dir }) : t('embeddedClient', { dir, pid, command }),
        ]);
      }
      const readiness = await system.readiness();
      for (const [name, check] of Object.entries(readiness.checks)) {
        if (name === 'redis' && !config.REDIS_URL) lines.push([false, t('redisMissing')]);
        else
          lines.push([check.ok, check.ok ? t('checkOk', { name }) : t('checkFailed', { name, reason: check.reason })]);
      }
      const postgresUp = readiness.checks.postgres?.ok !== false;
      // An old schema is explained before any query against it could fail with a raw "Failed query".
      const schema = postgresUp ? await migrationStatus(system.db).catch(() => null) : null;
      const outdated = schema !== null && !schema.fresh && schema.pending > 0;
      const communities = postgresUp && !outdated ? await system.ports.communities.list().catch(() => null) : null;
      if (!postgresUp) lines.push([false, t('schemaUnchecked')]);
      else if (outdated) lines.push([false, t('schemaOutdated', { pending: schema.pending, total: schema.total })]);
      else if (communities === null) lines.push([false, t('schemaMissing')]);
      else if (communities.length === 0) lines.push([true, t('clubsNone')]);
      else lines.push([true, t('clubs', { slugs: communities.map((c) => c.slug).join(', ') })]);
      ok = readiness.ok && communities !== null;
      if (options.community && communities !== null) {
        const club = await clubConnectionLines(system, options.community, locale);
        lines.push(...club.lines);
        ok = ok && club.ok;
      }
    } finally {
      await system.close();
    }
  } catch (error) {
    ok = false;
    lines.push([false, t('databaseFailed', { reason: error instanceof Error ? error.message : String(error) })]);
  }
  const platforms = [
    config.DISCORD_TOKEN ? 'discord (gateway)' : config.DISCORD_PUBLIC_KEY ? 'discord (HTTP interactions)' : null,
    config.SLACK_APP_TOKEN ? 'slack (socket mode)' : config.SLACK_SIGNING_SECRET ? 'slack (HTTP)' : null,
    config.FEISHU_APP_ID && config.FEISHU_APP_SECRET ? 'feishu' : null,
  ].filter(Boolean);
  lines.push([true, platforms.length ? t('platforms', { list: platforms.join(', ') }) : t('platformsNone')]);
  const reachability = [
    ...(await platformReachabilityLines(config, t)),
    ...(await feishuHealthLines(config, t, locale)),
  ];
  lines.push(...reachability);
  if (reachability.some(([good]) => good === false)) ok = false;
  for (const [good, line] of lines) out(`${good === null ? '!' : good ? '✓' : '✗'} ${line}`);
  return ok;
}
