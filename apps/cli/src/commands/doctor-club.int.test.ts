import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../compose/open-system.js';
import { loadConfig } from '../config.js';
import { clubConnectionLines } from './doctor-club.js';

describe('snowball doctor --community asks Discord itself (the fake, through discord.js REST)', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  async function system(): Promise<System> {
    const ports = createTestPorts();
    const core = createCore(ports);
    const env = {
      PORT: '4100',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.url,
      DISCORD_MEMBER_ROLE_ID: fake.guild.memberRoleId,
    };
    const { community } = await core.setUpCommunity({ slug: 'tea', name: 'Tea', ownerEmail: 'o@example.com' });
    await ports.communities.attachWorkspace(community.id, 'discord', fake.guild.id);
    return {
      config: loadConfig(env),
      ports,
      core,
      db: null as never,
      embedded: null,
      redis: null,
      readiness: async () => ({ ok: true, checks: {} }),
      close: async () => {},
    } as unknown as System;
  }

  it('says the bot is fine, then shows the problem and the fix when its role is below the member role', async () => {
    const healthy = await clubConnectionLines(await system(), 'tea');
    expect(healthy.lines).toContainEqual([
      true,
      `discord: server ${fake.guild.id}: the bot is in, may manage roles, and sits above the member role`,
    ]);

    fake.setRoleLayout(fake.guild.id, { botRolePosition: 1, memberRolePosition: 2 });
    const broken = await clubConnectionLines(await system(), 'tea');
    expect(broken.ok).toBe(false);
    const problem = broken.lines.find(([, text]) => text.includes('not above the member role'));
    expect(problem?.[0]).toBe(false);
    expect(problem?.[1]).toContain('Drag the bot’s role above the member role');
    const zh = await clubConnectionLines(await system(), 'tea', 'zh-CN');
    expect(zh.lines.map(([, text]) => text).join('\n')).toContain('拖到会员身份组之上');
  });
});
