import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { cliLocale } from '../cli-locale.js';
import type { System } from '../compose/open-system.js';
import { loadConfig } from '../config.js';
import { clubCreateCommand, clubListCommand } from './club.cli.js';
import { clubConnectionLines } from './doctor-club.js';

function testSystem(env: NodeJS.ProcessEnv = {}): System {
  const ports = createTestPorts();
  ports.clock.set('2026-05-04T02:00:00Z');
  return {
    config: loadConfig({ PORT: '4100', ...env }),
    ports,
    core: createCore(ports),
    redis: null,
    db: null as never,
    embedded: null,
    readiness: async () => ({ ok: true, checks: {} }),
    close: async () => {},
  };
}

function lines() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, write: (l: string) => out.push(l), fail: (l: string) => err.push(l) };
}

describe('snowball club create / list', () => {
  it('prints the new club and the owner’s login link on this deployment’s URL', async () => {
    const system = testSystem();
    const io = lines();
    const ok = await clubCreateCommand(
      system,
      {
        slug: 'tea',
        name: 'Tea Makers',
        nameZh: '制茶人',
        ownerEmail: 'mei@example.com',
        fee: '99.5',
        currency: 'USD',
      },
      io.write,
      'en',
      io.fail,
    );
    expect(ok).toBe(true);
    expect(io.err).toEqual([]);
    expect(io.out[0]).toBe(
      'Created the club "Tea Makers" (tea): fee 99.5 USD a year, time zone Asia/Shanghai, language zh-CN.',
    );
    expect(io.out[1]).toBe('Owner: mei@example.com');
    expect(io.out[2]).toBe('Admin panel (one-time login link for the owner, valid until 2026-05-04T02:10:00.000Z):');
    expect(io.out[3]).toMatch(/^ {2}http:\/\/127\.0\.0\.1:4100\/login\?token=\S+$/);
    expect(io.out[4]).toMatch(
      /^\(no running snowball server found; the link assumes the server will listen on http:\/\/127\.0\.0\.1:4100/,
    );
    expect(io.out[5]).toContain('pnpm snowball chat --community tea --as mei@example.com');
  });

  it('names every problem on stderr in the operator’s language and creates nothing', async () => {
    const system = testSystem();
    const io = lines();
    const ok = await clubCreateCommand(
      system,
      { slug: '-', name: '', ownerEmail: 'nobody', timezone: 'Moon/Base' },
      io.write,
      'zh-CN',
      io.fail,
    );
    expect(ok).toBe(false);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual([
      '社群未创建；请修正以下各项后重新运行命令。',
      '  - --slug "-"：请使用 2 到 40 个小写字母 a-z、数字或 "-"，并以字母或数字开头。',
      '  - 需要填写 --name（社群名称）。',
      '  - --owner "nobody" 不是有效的邮箱地址。',
      '  - --timezone "Moon/Base" 不是有效的时区（请使用 Asia/Shanghai、Europe/Paris 等 IANA 名称）。',
    ]);
    expect(await system.ports.communities.list()).toEqual([]);
  });

  it('lists the clubs by slug, each name in the reader’s language, or says how to create one', async () => {
    const system = testSystem();
    const empty = lines();
    await clubListCommand(system, empty.write, 'en');
    expect(empty.out[0]).toContain('No clubs yet: create one with `snowball club create');

    await system.core.setUpCommunity({ slug: 'zeta', name: 'Zeta Club', nameZh: '泽塔', ownerEmail: 'z@example.com' });
    await system.core.setUpCommunity({ slug: 'alpha', name: 'Alpha', ownerEmail: 'a@example.com', language: 'en' });
    const zh = lines();
    await clubListCommand(system, zh.write, 'zh-CN');
    expect(zh.out).toEqual([
      '标识\t名称\t语言\t会费\t时区\t创建于',
      'alpha\tAlpha\ten\t1,000 CNY\tAsia/Shanghai\t2026-05-04',
      'zeta\t泽塔\tzh-CN\t1,000 CNY\tAsia/Shanghai\t2026-05-04',
    ]);
  });

  it('speaks Chinese to an operator whose LANG is Chinese', () => {
    expect(cliLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({})).toBe('en');
  });
});

describe('snowball doctor --community', () => {
  it('says the club is missing', async () => {
    const result = await clubConnectionLines(testSystem(), 'nope');
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([[false, 'club "nope": not found (see `snowball club list`)']]);
  });

  it('shows a new club with nothing connected, and how to connect it', async () => {
    const system = testSystem();
    await system.core.setUpCommunity({ slug: 'tea', name: 'Tea', ownerEmail: 'o@example.com' });
    const result = await clubConnectionLines(system, 'tea');
    expect(result.ok).toBe(true);
    expect(result.lines.map(([ok]) => ok)).toEqual([true, null, null]);
    expect(result.lines[1]?.[1]).toContain('discord: no guild attached');
    expect(result.lines[1]?.[1]).toContain('SNOWBALL_COMMUNITY=tea');
    expect(result.lines[2]?.[1]).toContain('slack: no workspace attached');
    const zh = await clubConnectionLines(system, 'tea', 'zh-CN');
    expect(zh.lines[1]?.[1]).toContain('discord：尚未连接服务器');
    expect(zh.lines[2]?.[1]).toContain('slack：尚未连接工作区');
  });

  it('lists the attached guild and workspace and flags what the configuration misses', async () => {
    const system = testSystem({
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      // Nothing listens there: the doctor says Slack could not be asked (the fake Slack cases: doctor-club.int).
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    const { community } = await system.core.setUpCommunity({ slug: 'tea', name: 'Tea', ownerEmail: 'o@example.com' });
    await system.ports.communities.attachWorkspace(community.id, 'discord', 'G1');
    await system.ports.communities.attachWorkspace(community.id, 'slack', 'T1');
    const { ok, lines: found } = await clubConnectionLines(system, 'tea');
    expect(ok).toBe(false);
    expect(found).toEqual([
      [true, 'club tea: Tea'],
      [true, 'discord: attached to guild G1'],
      [false, 'discord: DISCORD_MEMBER_ROLE_ID is not set, so paying members get no role'],
      [true, 'slack: attached to workspace T1'],
      [null, 'slack: SLACK_MEMBER_CHANNEL_IDS is not set, so members are invited to no channel'],
      [
        false,
        expect.stringMatching(
          /^slack: workspace T1: Slack could not be asked: .* Check that this server can reach Slack/,
        ),
      ],
    ]);
  });
});
