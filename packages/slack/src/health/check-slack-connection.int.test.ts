import { FAKE_SLACK_DEFAULT_SCOPES, FakeSlackApi } from '@snowball/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackBotSource, singleWorkspaceBots } from '../install/slack-bot-source.js';
import { SLACK_BOT_SCOPES } from '../manifest/app-manifest.js';
import { SlackClients } from '../ports/slack-clients.js';
import { checkSlackConnection, reportSlackConnections } from './check-slack-connection.js';

describe('Slack connection health against the fake Web API (auth.test, x-oauth-scopes, conversations.info)', () => {
  let fake: FakeSlackApi;
  let clients: SlackClients;
  let teamId: string;
  let botUserId: string;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    clients = new SlackClients({ apiUrl: fake.apiUrl });
    ({ teamId, botUserId } = fake.defaultWorkspace);
  });
  beforeEach(() => {
    fake.setScopes(teamId, SLACK_BOT_SCOPES);
    fake.addChannel('C0PUBLIC', [botUserId]);
    fake.addChannel('C0PRIVATE', [botUserId], { private: true });
  });
  afterAll(() => fake.close());

  const bots = (): SlackBotSource => singleWorkspaceBots(fake.defaultWorkspace.botToken, clients);

  it('the fake grants by default every scope the manifest asks for (add a new scope to the fake too)', () => {
    expect([...FAKE_SLACK_DEFAULT_SCOPES].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
  });

  it('is healthy with every scope granted and the bot in each members-only channel', async () => {
    const client = clients.clientFor(fake.defaultWorkspace.botToken);
    const health = await checkSlackConnection(client, { teamId, channels: ['C0PUBLIC', 'C0PRIVATE'] });
    expect(health.ok).toBe(true);
    expect(health.checks.map((c) => `${c.id}${c.channel ? `:${c.channel}` : ''}`)).toEqual([
      'tokenValid',
      'scopes',
      'channelFound:C0PUBLIC',
      'botInChannel:C0PUBLIC',
      'channelFound:C0PRIVATE',
      'botInChannel:C0PRIVATE',
    ]);
    expect(await reportSlackConnections({ bots: bots(), clients, channels: () => ['C0PUBLIC'] }, [teamId])).toEqual([
      { platform: 'slack', workspaceId: teamId, checked: true, ok: true, problems: [] },
    ]);
  });

  it('names the missing scopes, a channel the bot is not in, and a private channel it cannot see, with fixes', async () => {
    fake.setScopes(
      teamId,
      SLACK_BOT_SCOPES.filter((s) => s !== 'groups:write'),
    );
    fake.addChannel('C0PUBLIC', []);
    fake.addChannel('C0PRIVATE', [], { private: true });
    const [report] = await reportSlackConnections(
      { bots: bots(), clients, channels: () => ['C0PUBLIC', 'C0PRIVATE'] },
      [teamId],
    );
    expect(report).toMatchObject({ platform: 'slack', workspaceId: teamId, checked: true, ok: false });
    expect(report?.problems.map((p) => p.problem.en)).toEqual([
      'The app lacks these Slack scopes: groups:write.',
      'The bot is not in the members-only channel C0PUBLIC, so it cannot invite members to it or remove them.',
      'The members-only channel C0PRIVATE cannot be seen by the bot: it does not exist, or it is private and the bot is not in it.',
    ]);
    expect(report?.problems[1]?.fix.en).toBe('Type /invite @snowball in C0PUBLIC.');
    expect(report?.problems[0]?.problem['zh-CN']).toBe('应用缺少以下 Slack 权限范围：groups:write。');
  });

  it('without channels:read it reports the scope, not a missing channel', async () => {
    fake.setScopes(
      teamId,
      SLACK_BOT_SCOPES.filter((s) => s !== 'channels:read'),
    );
    const [report] = await reportSlackConnections({ bots: bots(), clients, channels: () => ['C0PUBLIC'] }, [teamId]);
    expect(report?.problems.map((p) => p.problem.en)).toEqual(['The app lacks these Slack scopes: channels:read.']);
  });

  it('reports a refused token, a workspace without an installation, and Slack being unreachable', async () => {
    const revoked = singleWorkspaceBots('xoxb-revoked', clients);
    const [refused] = await reportSlackConnections({ bots: revoked, clients, channels: () => [] }, [teamId]);
    expect(refused).toMatchObject({ checked: true, ok: false });
    expect(refused?.problems[0]?.problem.en).toContain('Slack refuses the bot token (invalid_auth)');

    const [missing] = await reportSlackConnections({ bots: bots(), clients, channels: () => [] }, ['T0OTHER']);
    expect(missing?.problems.map((p) => p.fix.en)).toEqual([
      'Install it again with “Add to Slack” in Settings → Platform connections.',
    ]);

    const away = new SlackClients({ apiUrl: 'http://127.0.0.1:9/api/' });
    const [down] = await reportSlackConnections(
      { bots: singleWorkspaceBots(fake.defaultWorkspace.botToken, away), clients: away, channels: () => [] },
      [teamId],
    );
    expect(down).toMatchObject({ checked: false, ok: false });
    expect(down?.problems[0]?.problem.en).toMatch(/^Slack could not be asked: /);
  });
});
