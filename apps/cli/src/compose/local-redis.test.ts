import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { ensureWorkerRedis, startLocalRedis } from './local-redis.js';

const noRedis = loadConfig({});
const all = ['api', 'bot', 'worker'];

describe('the worker role without REDIS_URL', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('`start` stops before opening anything and says how to fix it, in both languages', async () => {
    const en = ensureWorkerRedis(noRedis, { roles: all, quickstart: false }, { locale: 'en' });
    await expect(en).rejects.toMatchObject({ name: 'CliError' });
    await expect(en).rejects.toThrow(/REDIS_URL is not set\. Set REDIS_URL=redis:\/\/HOST:PORT.*--roles api,bot\.$/);
    await expect(ensureWorkerRedis(noRedis, { roles: all, quickstart: false }, { locale: 'zh-CN' })).rejects.toThrow(
      /^worker 角色需要 Redis，但未设置 REDIS_URL。.*scripts\/services\.sh start-redis/,
    );
  });

  it('`quickstart` starts the local Redis as scripts/quickstart.sh does, and says which URL it uses', async () => {
    const { config, note } = await ensureWorkerRedis(
      noRedis,
      { roles: all, quickstart: true },
      { locale: 'en', startLocal: async () => 'redis://127.0.0.1:6390' },
    );
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6390');
    expect(note).toContain(
      'started a local redis-server as scripts/quickstart.sh does (REDIS_URL=redis://127.0.0.1:6390',
    );
  });

  it('`quickstart` that cannot start one names the reason and the fixes', async () => {
    const failing = ensureWorkerRedis(
      noRedis,
      { roles: all, quickstart: true },
      { locale: 'en', startLocal: async () => Promise.reject(new Error('missing redis-server')) },
    );
    await expect(failing).rejects.toThrow(
      /^quickstart could not start a local Redis \(missing redis-server\)\.\nThe worker role needs Redis/,
    );
  });

  it('changes nothing with REDIS_URL set or without the worker role', async () => {
    const withRedis = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect((await ensureWorkerRedis(withRedis, { roles: all, quickstart: false })).config).toBe(withRedis);
    expect((await ensureWorkerRedis(noRedis, { roles: ['api'], quickstart: false })).config).toBe(noRedis);
  });

  it('reads the URL the services script prints, and reports a script that fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snowball-local-redis-'));
    dirs.push(dir);
    const ok = join(dir, 'ok.sh');
    await writeFile(
      ok,
      '#!/usr/bin/env bash\n[ "$1" = start-redis ] && echo "export REDIS_URL=redis://127.0.0.1:6391"\n',
    );
    const bad = join(dir, 'bad.sh');
    await writeFile(bad, '#!/usr/bin/env bash\necho "services: missing redis-server: install it" >&2\nexit 1\n');
    await chmod(ok, 0o755);
    await chmod(bad, 0o755);
    expect(await startLocalRedis(ok)).toBe('redis://127.0.0.1:6391');
    await expect(startLocalRedis(bad)).rejects.toThrow('services: missing redis-server: install it');
    await expect(startLocalRedis(join(dir, 'none.sh'))).rejects.toThrow(/not a checkout/);
  });
});
