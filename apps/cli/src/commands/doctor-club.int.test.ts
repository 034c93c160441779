import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { SLACK_BOT_SCOPES } from '@snowball/slack';
import { FakeDiscord, FakeSlackApi } from '@snowball/testkit';
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

describe('snowball doctor --community asks Slack itself (the fake Web API) and uses each server’s own member role', () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscord;
  beforeAll(async () => {
    slack = await FakeSlackApi.start();
    discord = await FakeDiscord.start({ guilds: 2 });
  });
  afterAll(async () => {
    await slack?.close();
    await discord?.close();
  });

  it('prints each Slack problem with its fix, and the Discord server’s own role instead of the default', async () => {
    const { teamId, botToken, botUserId } = slack.defaultWorkspace;
    slack.addChannel('C0MEMBERS', []);
    slack.setScopes(
      teamId,
      SLACK_BOT_SCOPES.filter((s) => s !== 'groups:write'),
    );
    const second = discord.guilds[1] as (typeof discord.guilds)[0];
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community } = await core.setUpCommunity({ slug: 'tea', name: 'Tea', ownerEmail: 'o@example.com' });
    await ports.communities.attachWorkspace(community.id, 'slack', teamId);
    await ports.communities.attachWorkspace(community.id, 'discord', second.id);
    await ports.communities.setWorkspaceMemberRole('discord', second.id, second.memberRoleId);
    const system = {
      config: loadConfig({
        PORT: '4100',
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_MEMBER_CHANNEL_IDS: 'C0MEMBERS',
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.url,
      }),
      ports,
      core,
      db: null as never,
      embedded: null,
      redis: null,
      readiness: async () => ({ ok: true, checks: {} }),
      close: async () => {},
    } as unknown as System;

    const broken = await clubConnectionLines(system, 'tea');
    expect(broken.ok).toBe(false);
    expect(broken.lines).toContainEqual([
      true,
      `discord: server ${second.id}: members get its own role ${second.memberRoleId} (set in Settings)`,
    ]);
    expect(broken.lines).toContainEqual([
      true,
      `discord: server ${second.id}: the bot is in, may manage roles, and sits above the member role`,
    ]);
    const slackLines = broken.lines.filter(([, text]) => text.startsWith(`slack: workspace ${teamId}:`));
    expect(slackLines.map(([ok]) => ok)).toEqual([false, false]);
    expect(slackLines[0]?.[1]).toContain('The app lacks these Slack scopes: groups:write.');
    expect(slackLines[1]?.[1]).toContain('Type /invite @snowball in C0MEMBERS.');
    const zh = await clubConnectionLines(system, 'tea', 'zh-CN');
    expect(zh.lines.map(([, text]) => text).join('\n')).toContain('机器人不在会员专属频道 C0MEMBERS 中');

    slack.setScopes(teamId, SLACK_BOT_SCOPES);
    slack.addChannel('C0MEMBERS', [botUserId]);
    const fixed = await clubConnectionLines(system, 'tea');
    expect(fixed.lines).toContainEqual([
      true,
      `slack: workspace ${teamId}: the token works, every scope is granted, and the bot is in each members-only channel`,
    ]);
    expect(fixed.ok).toBe(true);
  });
});
