import { SLACK_BOT_SCOPES } from '@snowball/slack';
import { FakeDiscord, FakeFeishu, FakeSlackApi } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { connectionHealth, discordConnectionHealth, discordGuildSetup } from './connection-health.js';

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

describe('each Discord server checked against its own member role (set in Settings) on the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: 2 });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('uses the server’s own role, else DISCORD_MEMBER_ROLE_ID; a role of another server is missing there', async () => {
    const [first, second] = fake.guilds as [(typeof fake.guilds)[0], (typeof fake.guilds)[0]];
    const check = discordConnectionHealth(
      loadConfig({
        PORT: '4100',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.url,
        DISCORD_MEMBER_ROLE_ID: first.memberRoleId,
      }),
    );
    const guilds = { discordGuilds: [first.id, second.id], slackTeams: [] };
    // Without its own role the second server is checked against the default, which is not one of its roles.
    const [, withoutOwn] = (await check?.(guilds)) ?? [];
    expect(withoutOwn).toMatchObject({ workspaceId: second.id, ok: false });
    expect(withoutOwn?.problems[0]?.fix.en).toContain('Settings → Platform connections');
    const withOwn = await check?.({ ...guilds, discordMemberRoles: { [second.id]: second.memberRoleId } });
    expect(withOwn?.map((r) => [r.workspaceId, r.ok])).toEqual([
      [first.id, true],
      [second.id, true],
    ]);
  });

  it('lists a server’s roles for the member-role choice, null when the bot is not in it, and registers the commands there', async () => {
    const config = loadConfig({
      PORT: '4100',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.url,
    });
    const setup = discordGuildSetup(config);
    expect(discordGuildSetup(loadConfig({ PORT: '4100' }))).toBeUndefined();
    const second = fake.guilds[1] as (typeof fake.guilds)[0];
    const roles = (await setup?.roles(second.id)) ?? [];
    expect(roles.map((r) => r.id)).toContain(second.memberRoleId);
    expect(roles.find((r) => r.id === second.memberRoleId)?.managed).toBe(false);
    expect(roles.some((r) => r.managed)).toBe(true);

    expect(fake.registeredCommands(second.id)).toEqual([]);
    expect(await setup?.registerCommands(second.id)).toEqual({ registered: true });
    expect(fake.registeredCommands(second.id).map((c) => c.name)).toEqual(expect.arrayContaining(['apply', 'me']));

    fake.setRoleLayout(second.id, { botInGuild: false });
    expect(await setup?.roles(second.id)).toBeNull();
    fake.failNext('registerCommands', { kind: 'error', code: 50001 });
    const failed = await setup?.registerCommands(second.id);
    expect(failed?.registered).toBe(false);
    expect(failed?.reason).toBeTruthy();
  });
});

describe('the Settings screen’s Slack health on the fake Slack', () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await FakeSlackApi.start();
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('asks each attached workspace with its bot token: scopes from x-oauth-scopes, the bot in each members-only channel', async () => {
    const { teamId, botUserId, botToken } = slack.defaultWorkspace;
    slack.setScopes(teamId, SLACK_BOT_SCOPES);
    slack.addChannel('C0MEMBERS', [botUserId]);
    slack.addChannel('C0LOUNGE', []);
    const check = connectionHealth(
      loadConfig({
        PORT: '4100',
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_MEMBER_CHANNEL_IDS: 'C0MEMBERS,C0LOUNGE',
      }),
    );
    const attached = { discordGuilds: [], slackTeams: [teamId] };
    const [report] = (await check?.(attached)) ?? [];
    expect(report).toMatchObject({ platform: 'slack', workspaceId: teamId, checked: true, ok: false });
    expect(report?.problems.map((p) => p.fix.en)).toEqual(['Type /invite @snowball in C0LOUNGE.']);

    slack.addChannel('C0LOUNGE', [botUserId]);
    slack.setScopes(
      teamId,
      SLACK_BOT_SCOPES.filter((s) => s !== 'channels:manage'),
    );
    const [scopes] = (await check?.(attached)) ?? [];
    expect(scopes?.problems.map((p) => p.problem.en)).toEqual(['The app lacks these Slack scopes: channels:manage.']);
    slack.setScopes(teamId, SLACK_BOT_SCOPES);
    expect(await check?.(attached)).toEqual([
      { platform: 'slack', workspaceId: teamId, checked: true, ok: true, problems: [] },
    ]);
  });
});
