import { Writable } from 'node:stream';
import { translate } from '@snowball/core';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { doctorTexts } from './commands/doctor-texts.js';
import { platformReachabilityLines } from './commands/platform-reachability.js';
import { openConfiguredDatabase, openSystem, unreachableDatabase, withoutPassword } from './compose/open-system.js';
import { foldConnectionErrors, OutageLog, redisTarget } from './compose/outage-log.js';
import { PlatformConnections } from './compose/platform-connections.js';
import { evictionPolicy, evictionRefusal } from './compose/redis-connection.js';
import { ConfigError, loadConfig, trustProxyValue } from './config.js';

describe('TRUST_PROXY', () => {
  it('is off by default and takes true, a hop count, or proxy addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'off' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(trustProxyValue('loopback')).toEqual(['loopback']);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['proxy.example.com', '10.0.0.0/99', '1.2.3.4/8/1']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('has request and statement timeouts by default', () => {
    const config = loadConfig({});
    expect(config.REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(config.DATABASE_STATEMENT_TIMEOUT_MS).toBe(30_000);
  });
});

describe('an unreachable PostgreSQL at start', () => {
  it("is explained in the operator's language, naming DATABASE_URL without its password", () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const error = Object.assign(new Error('Failed query: select 1 as ok\nparams: '), { cause });
    const en = unreachableDatabase('postgres://app:s3cret@10.0.0.5:5432/club', error, 'en');
    expect(en).toContain('DATABASE_URL=postgres://app:***@10.0.0.5:5432/club');
    expect(en).toContain('ECONNREFUSED');
    expect(en).not.toContain('s3cret');
    expect(en).not.toContain('Failed query');
    expect(unreachableDatabase('postgres://app:s3cret@10.0.0.5/club', error, 'zh-CN')).toContain('无法连接 PostgreSQL');
    expect(withoutPassword('not a url')).not.toContain('not a url');
  });

  it('is named in /readyz by its cause, not "Failed query: select 1"', async () => {
    const system = await openSystem(loadConfig({ DATABASE_URL: 'postgres://app:s3cret@127.0.0.1:1/club' }), {
      migrate: false,
    });
    try {
      const { ok, checks } = await system.readiness();
      expect(ok).toBe(false);
      expect(checks.postgres?.reason).toContain('ECONNREFUSED');
      expect(checks.postgres?.reason).not.toContain('Failed query');
    } finally {
      await system.close();
    }
  });

  it('stops `start` with that message instead of a stack trace', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:s3cret@127.0.0.1:1/club', LANG: 'en_US.UTF-8' });
    const opened = openConfiguredDatabase(config, { migrate: true });
    await expect(opened).rejects.toBeInstanceOf(CliError);
    await expect(opened).rejects.toThrow(/DATABASE_URL=postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/club/);
  });
});

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), {
    code: 'ECONNREFUSED',
    address: '127.0.0.1',
    port: 6379,
  });

describe('a Redis outage in the logs', () => {
  it('is one structured line when it starts and one when it ends, however many retries fail', () => {
    const lines: string[] = [];
    let outage: OutageLog | undefined;
    const logger = pino(
      { hooks: foldConnectionErrors(() => outage) },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    outage = new OutageLog(logger);
    for (let i = 0; i < 200; i++) {
      logger.child({ role: 'worker' }).error({ err: refused(), queue: 'notify' }, 'worker error');
      outage.error(refused(), 'redis');
    }
    logger.error({ err: new Error('a real bug') }, 'job failed');
    outage.up(redisTarget('redis://localhost:6379/0'), 'redis');
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.map((e) => e.msg)).toEqual([
      'connection lost; retrying in the background',
      'job failed',
      'connection restored',
    ]);
    expect(entries[0]).toMatchObject({ state: 'down', target: '127.0.0.1:6379', code: 'ECONNREFUSED' });
    expect(entries[2]).toMatchObject({ state: 'up', foldedErrors: 399 });
    expect(entries[0].err).toBeUndefined();
  });
});

describe('an outage nothing reports the end of (PostgreSQL)', () => {
  it('is logged again when errors come back after a quiet minute', () => {
    const warnings: unknown[] = [];
    let now = 0;
    const outage = new OutageLog(
      { warn: (e: unknown) => warnings.push(e), info: () => undefined } as never,
      60_000,
      () => now,
    );
    const down = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    outage.error(down());
    now += 30_000;
    outage.error(down());
    expect(warnings).toHaveLength(1);
    now += 120_000;
    outage.error(down());
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatchObject({ state: 'down', target: '10.0.0.5:5432' });
  });
});

describe('a Redis that may evict keys', () => {
  const fakeRedis = (policy: string) =>
    ({
      status: 'ready',
      once: () => undefined,
      off: () => undefined,
      info: async () => `# Memory\r\nused_memory:1000\r\nmaxmemory_policy:${policy}\r\n`,
    }) as unknown as Parameters<typeof evictionPolicy>[0];

  it('is recognised, and the worker refusal says what to set, in both languages', async () => {
    expect(await evictionPolicy(fakeRedis('allkeys-lru'))).toBe('allkeys-lru');
    expect(await evictionPolicy(fakeRedis('noeviction'))).toBe('noeviction');
    expect(evictionRefusal('allkeys-lru', 'en')).toMatch(/refuses to start.*allkeys-lru.*noeviction/s);
    expect(evictionRefusal('allkeys-lru', 'zh-CN')).toContain('拒绝启动');
  });
});

describe('a platform unreachable at start', () => {
  it('degrades that platform alone: start goes on, retries back off, it connects when the platform is back', async () => {
    const warnings: unknown[] = [];
    const infos: unknown[] = [];
    const retries: { run: () => void; ms: number }[] = [];
    const connections = new PlatformConnections(
      { warn: (entry: unknown) => warnings.push(entry), info: (entry: unknown) => infos.push(entry) } as never,
      {
        initialMs: 1000,
        maxMs: 4000,
        schedule: (run, ms) => {
          retries.push({ run, ms });
          return { cancel() {} };
        },
      },
    );
    let slackUp = false;
    let attempts = 0;
    await connections.connect('slack', async () => {
      attempts++;
      if (!slackUp) throw new Error('A request error occurred: fetch failed');
    });
    await connections.connect('discord', async () => undefined);
    expect(connections.status()).toEqual({
      slack: { ok: false, reason: 'not connected, retrying: A request error occurred: fetch failed' },
      discord: { ok: true },
    });
    for (let i = 0; i < 3; i++) {
      retries.at(-1)?.run();
      await Promise.resolve();
      await Promise.resolve();
    }
    expect(retries.map((r) => r.ms)).toEqual([1000, 2000, 4000, 4000]);
    expect(warnings).toHaveLength(1);
    slackUp = true;
    retries.at(-1)?.run();
    await new Promise((resolve) => setImmediate(resolve));
    expect(attempts).toBe(5);
    expect(connections.status().slack).toEqual({ ok: true });
    expect(infos).toEqual([expect.objectContaining({ platform: 'slack', state: 'up', failures: 4 })]);
  });
});

describe('snowball doctor and the platforms', () => {
  const t = (key: keyof typeof doctorTexts, params?: Record<string, unknown>) =>
    translate(doctorTexts, 'en', key, params);
  const config = {
    DISCORD_TOKEN: 'discord-token',
    DISCORD_API_URL: 'http://discord.test/api',
    SLACK_BOT_TOKEN: 'xoxb-1',
    SLACK_API_URL: 'http://slack.test/api/',
  };

  it('says which platform is unreachable now, and which answers', async () => {
    const lines = await platformReachabilityLines(config, t, async (url) => {
      if (url.startsWith('http://slack.test'))
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      expect(url).toBe('http://discord.test/api/v10/users/@me');
      return new Response(JSON.stringify({ username: 'snowball-bot' }), { status: 200 });
    });
    expect(lines).toEqual([
      [true, 'discord: reachable, signed in as snowball-bot'],
      [
        false,
        'slack: unreachable now (fetch failed (ECONNREFUSED)); `snowball start` runs without it and keeps retrying',
      ],
    ]);
  });

  it('tells a refused token from an outage', async () => {
    const lines = await platformReachabilityLines(config, t, async (url) =>
      url.startsWith('http://slack.test')
        ? new Response(JSON.stringify({ ok: false, error: 'invalid_auth' }), { status: 200 })
        : new Response('{}', { status: 401 }),
    );
    expect(lines.map(([ok]) => ok)).toEqual([false, false]);
    expect(lines[0]?.[1]).toContain('401');
    expect(lines[1]?.[1]).toContain('invalid_auth');
  });
});
