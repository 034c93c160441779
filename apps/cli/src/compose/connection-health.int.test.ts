import { FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { discordConnectionHealth } from './connection-health.js';

describe('the Settings screen’s connection health on the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('is off without a bot token, and shows the problem and the fix for a bot role below the member role', async () => {
    expect(discordConnectionHealth(loadConfig({ PORT: '4100' }))).toBeUndefined();
    const check = discordConnectionHealth(
      loadConfig({
        PORT: '4100',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.url,
        DISCORD_MEMBER_ROLE_ID: fake.guild.memberRoleId,
      }),
    );
    const attached = { discordGuilds: [fake.guild.id], slackTeams: [] };
    expect(await check?.(attached)).toEqual([
      { platform: 'discord', workspaceId: fake.guild.id, checked: true, ok: true, problems: [] },
    ]);
    fake.setRoleLayout(fake.guild.id, { botRolePosition: 1, memberRolePosition: 4 });
    const [report] = (await check?.(attached)) ?? [];
    expect(report).toMatchObject({ checked: true, ok: false });
    expect(report?.problems.map((p) => p.fix.en)).toEqual([
      'Drag the bot’s role above the member role in Server Settings → Roles.',
    ]);
    expect(report?.problems[0]?.problem['zh-CN']).toContain('会员身份组之上');
  });
});
