import { FakeDiscord, FakeFeishu } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { connectionHealth, discordConnectionHealth } from './connection-health.js';

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

describe('the Settings screen’s connection health on the fake Feishu', () => {
  let feishu: FakeFeishu;
  beforeAll(async () => {
    feishu = await FakeFeishu.start();
  });
  afterAll(async () => {
    await feishu?.close();
  });

  it('shows the Feishu app beside the Discord servers: working, refused credentials, or unreachable', async () => {
    const attached = { discordGuilds: [], slackTeams: [] };
    expect(connectionHealth(loadConfig({ PORT: '4100' }))).toBeUndefined();
    const base = { PORT: '4100', FEISHU_APP_ID: feishu.appId, FEISHU_API_URL: feishu.url };
    const working = connectionHealth(loadConfig({ ...base, FEISHU_APP_SECRET: feishu.appSecret }));
    expect(await working?.(attached)).toEqual([
      { platform: 'feishu', workspaceId: feishu.appId, checked: true, ok: true, problems: [] },
    ]);

    const refused = connectionHealth(
      loadConfig({ ...base, FEISHU_APP_SECRET: 'wrong', FEISHU_ENCRYPT_KEY: 'k', FEISHU_VERIFICATION_TOKEN: 'v' }),
    );
    const [report] = (await refused?.(attached)) ?? [];
    expect(report).toMatchObject({ platform: 'feishu', checked: true, ok: false });
    expect(report?.problems.map((p) => p.fix.en)).toEqual([expect.stringContaining('FEISHU_APP_SECRET')]);
    expect(report?.problems[0]?.problem['zh-CN']).toContain('飞书拒绝了应用凭证');

    const gone = connectionHealth(
      loadConfig({ ...base, FEISHU_APP_SECRET: feishu.appSecret, FEISHU_API_URL: 'http://127.0.0.1:9' }),
    );
    const [unreachable] = (await gone?.(attached)) ?? [];
    expect(unreachable).toMatchObject({ platform: 'feishu', checked: false, ok: false });
    expect(unreachable?.problems[0]?.problem.en).toMatch(/^Feishu could not be reached: /);
  });
});
