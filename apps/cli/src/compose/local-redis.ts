import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Catalogue, type Locale, translate } from '@snowball/core';
import { CliError } from '../cli-error.js';
import { cliLocale } from '../cli-locale.js';
import type { Config } from '../config.js';

/** The script `scripts/quickstart.sh` starts its local Redis with (present in a checkout of the repository). */
const SERVICES_SCRIPT = fileURLToPath(new URL('../../../../scripts/services.sh', import.meta.url));

const texts = {
  needsRedis: {
    en: 'The worker role needs Redis, and REDIS_URL is not set. Set REDIS_URL=redis://HOST:PORT (a Redis with maxmemory-policy noeviction), start a local one with `eval "$(scripts/services.sh start-redis)"`, run `./scripts/quickstart.sh` (it does that for you), or leave the worker out with --roles api,bot.',
    'zh-CN':
      'worker 角色需要 Redis，但未设置 REDIS_URL。请设置 REDIS_URL=redis://主机:端口（Redis 需使用 maxmemory-policy noeviction），或用 `eval "$(scripts/services.sh start-redis)"` 启动本机 Redis，或运行 `./scripts/quickstart.sh`（它会自动完成这一步），或用 --roles api,bot 不启动 worker。',
  },
  startFailed: {
    en: 'quickstart could not start a local Redis ({reason}).',
    'zh-CN': 'quickstart 无法启动本机 Redis（{reason}）。',
  },
  started: {
    en: 'REDIS_URL is not set: started a local redis-server as scripts/quickstart.sh does (REDIS_URL={url}; export it in other terminals).',
    'zh-CN':
      '未设置 REDIS_URL：已像 scripts/quickstart.sh 一样启动本机 redis-server（REDIS_URL={url}；请在其他终端中导出它）。',
  },
} as const satisfies Catalogue;

/** Starts (or finds running) the local redis-server of `scripts/services.sh start-redis`; returns its URL. */
export async function startLocalRedis(script = SERVICES_SCRIPT): Promise<string> {
  if (!existsSync(script)) throw new Error(`${script} is not there (not a checkout of the repository)`);
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile('bash', [script, 'start-redis'], { timeout: 180_000 }, (error, out, err) => {
      if (error) reject(new Error(err.trim().split('\n').pop() || error.message));
      else resolve(out);
    });
  });
  const url = stdout.match(/REDIS_URL=(redis:\/\/\S+)/)?.[1];
  if (!url) throw new Error('scripts/services.sh start-redis printed no REDIS_URL');
  return url;
}

/**
 * The worker role needs Redis. `quickstart` without REDIS_URL starts the local one the way `scripts/quickstart.sh`
 * does; `start` (and a quickstart that cannot) stops with what to do, before anything is opened.
 */
export async function ensureWorkerRedis(
  config: Config,
  options: { readonly roles: readonly string[]; readonly quickstart: boolean },
  deps: { readonly startLocal?: () => Promise<string>; readonly locale?: Locale } = {},
): Promise<{ readonly config: Config; readonly note?: string }> {
  if (config.REDIS_URL || !options.roles.includes('worker')) return { config };
  const locale = deps.locale ?? cliLocale();
  const t = (key: keyof typeof texts, params?: Record<string, unknown>) => translate(texts, locale, key, params);
  if (!options.quickstart) throw new CliError(t('needsRedis'));
  let url: string;
  try {
    url = await (deps.startLocal ?? startLocalRedis)();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${t('startFailed', { reason })}\n${t('needsRedis')}`);
  }
  return { config: { ...config, REDIS_URL: url }, note: t('started', { url }) };
}
