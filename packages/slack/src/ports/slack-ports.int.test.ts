import { DeliveryError, type PlatformAccount } from '@snowball/core';
import { FakeSlackApi } from '@snowball/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackPorts } from '../app/create-slack-ports.js';
import { singleWorkspaceBots } from '../install/slack-bot-source.js';
import { SlackClients } from './slack-clients.js';
import { SlackMessenger } from './slack-messenger.js';
import { SlackRoleSync } from './slack-role-sync.js';

function account(platformUserId: string, workspaceId = 'T0SNOWBALL'): PlatformAccount {
  return { communityId: 'c1', platform: 'slack', workspaceId, platformUserId, memberId: 'm1', linkedAt: new Date() };
}

describe('Slack ports against the fake Web API', () => {
  let fake: FakeSlackApi;
  let messenger: SlackMessenger;
  let roleSync: SlackRoleSync;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    const clients = new SlackClients({ apiUrl: fake.apiUrl });
    const bots = singleWorkspaceBots(fake.defaultWorkspace.botToken, clients);
    messenger = new SlackMessenger({ bots, clients, retry: { maxWaitMs: 3_000, defaultWaitMs: 100 } });
    roleSync = new SlackRoleSync({ bots, clients, channels: () => ['C0MEMBERS1', 'C0MEMBERS2'] });
  });
  beforeEach(() => {
    fake.addChannel('C0MEMBERS1');
    fake.addChannel('C0MEMBERS2');
    fake.clearRecords();
  });
  afterAll(() => fake.close());

  describe('SlackMessenger', () => {
    it('DMs the member by user id with escaped Block Kit', async () => {
      await messenger.send(account('U0ADA'), {
        title: 'Reminder',
        text: 'Lesson with <!everyone> tomorrow',
        buttons: [{ action: 'lessons:rsvp:l1', label: 'RSVP' }],
      });
      expect(fake.posted).toHaveLength(1);
      const body = fake.posted[0]?.body as { channel: string; text: string; blocks: { type: string }[] };
      expect(body.channel).toBe('U0ADA');
      expect(body.text).toBe('Reminder\nLesson with &lt;!everyone&gt; tomorrow');
      expect(body.blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions']);
    });

    it('waits out a 429 Retry-After and delivers exactly once', async () => {
      fake.rateLimitNext(1, { method: 'chat.postMessage', retryAfterSeconds: 1 });
      const started = Date.now();
      await messenger.send(account('U0ADA'), { text: 'Your intro is ready' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(fake.callsTo('chat.postMessage').map((c) => [c.status, c.ok])).toEqual([
        [429, false],
        [200, true],
      ]);
      expect(fake.posted).toHaveLength(1);
    });

    it('waits out `ratelimited` errors too (the default wait when Slack names none)', async () => {
      fake.rateLimitNext(2, { method: 'chat.postMessage', style: 'ratelimited' });
      const started = Date.now();
      await messenger.send(account('U0ADA'), { text: 'Hello' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(3);
      expect(fake.posted).toHaveLength(1);
    });

    it('gives a retryable DeliveryError when Slack asks to wait longer than allowed, having sent nothing', async () => {
      fake.rateLimitNext(1, { method: 'chat.postMessage', retryAfterSeconds: 120 });
      const error = await messenger.send(account('U0ADA'), { text: 'Hello' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ permanent: false });
      expect(fake.posted).toHaveLength(0);
    });

    it('marks people who can never get a DM as permanent failures', async () => {
      fake.addUser({ id: 'U0GONE', dmError: 'user_not_found' });
      fake.addUser({ id: 'U0BOT', isBot: true });
      fake.addUser({ id: 'U0OFF', dmError: 'account_inactive' });
      for (const id of ['U0GONE', 'U0BOT', 'U0OFF']) {
        const error = await messenger.send(account(id), { text: 'Hello' }).catch((e: unknown) => e);
        expect(error, id).toBeInstanceOf(DeliveryError);
        expect(error, id).toMatchObject({ permanent: true });
      }
      expect(fake.posted).toHaveLength(0);
    });

    it('opens the DM channel when posting to the user id is refused', async () => {
      fake.addUser({ id: 'U0LEGACY', dmError: 'channel_not_found' });
      await messenger.send(account('U0LEGACY'), { text: 'Hi' });
      expect(fake.callsTo('conversations.open')).toHaveLength(1);
      expect(fake.posted.map((p) => p.channel)).toEqual(['D0LEGACY']);
    });

    it('refuses accounts of other platforms and workspaces without the app', async () => {
      await expect(messenger.send({ ...account('U1'), platform: 'discord' }, { text: 'x' })).rejects.toMatchObject({
        permanent: true,
      });
      await expect(messenger.send(account('U1', 'T0ELSEWHERE'), { text: 'x' })).rejects.toMatchObject({
        permanent: true,
      });
    });
  });

  describe('SlackMessenger.introduce', () => {
    it('opens a multi-person DM with both people and the bot, and posts the introduction there once', async () => {
      const introduced = await messenger.introduce([account('U0ADA'), account('U0BOB')], {
        title: 'Meet each other',
        text: 'Ada and Bob, say hello!',
      });
      expect(introduced).toBe(true);
      expect(fake.callsTo('conversations.open').map((c) => c.body.users)).toEqual(['U0ADA,U0BOB']);
      const [mpim] = fake.multiPersonDms();
      expect(mpim?.members).toEqual(['U0ADA', 'U0BOB', 'U0SNOWBOT']);
      expect(fake.posted.map((p) => p.channel)).toEqual([mpim?.id]);
      expect(fake.posted[0]?.body.text).toBe('Meet each other\nAda and Bob, say hello!');
    });

    it('declines, posting nothing, when the people cannot share one Slack conversation', async () => {
      const elsewhere = { ...account('U0BOB'), workspaceId: 'T0ELSEWHERE' };
      const discord = { ...account('U0BOB'), platform: 'discord' as const };
      const crowd = Array.from({ length: 9 }, (_, i) => account(`U0P${i}`));
      for (const accounts of [[account('U0ADA'), elsewhere], [account('U0ADA'), discord], [account('U0ADA')], crowd]) {
        expect(await messenger.introduce(accounts, { text: 'x' })).toBe(false);
      }
      expect(fake.calls).toEqual([]);
    });

    it('gives a retryable DeliveryError when posting into the group fails for now', async () => {
      fake.rateLimitNext(1, { method: 'chat.postMessage', retryAfterSeconds: 120 });
      const error = await messenger.introduce([account('U0ADA'), account('U0BOB')], { text: 'x' }).catch((e) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ permanent: false });
      expect(fake.posted).toEqual([]);
    });
  });

  it('tells the team of the single-workspace token, to attach it to the club', async () => {
    const ports = createSlackPorts({ botToken: fake.defaultWorkspace.botToken, apiUrl: fake.apiUrl });
    expect(await ports.singleWorkspaceTeamId()).toBe('T0SNOWBALL');
  });

  describe('SlackRoleSync', () => {
    it('invites to every members-only channel; already there counts as done', async () => {
      fake.addChannel('C0MEMBERS1', ['U0ADA']);
      await roleSync.grant(account('U0ADA'));
      expect(fake.callsTo('conversations.invite').map((c) => [c.body.channel, c.ok, c.error])).toEqual([
        ['C0MEMBERS1', false, 'already_in_channel'],
        ['C0MEMBERS2', true, undefined],
      ]);
      expect(fake.channelMembers('C0MEMBERS2').has('U0ADA')).toBe(true);
    });

    it('removes from every channel; already gone counts as done', async () => {
      fake.addChannel('C0MEMBERS2', ['U0ADA']);
      await roleSync.revoke(account('U0ADA'));
      expect(fake.callsTo('conversations.kick').map((c) => [c.body.channel, c.ok])).toEqual([
        ['C0MEMBERS1', false],
        ['C0MEMBERS2', true],
      ]);
      expect(fake.channelMembers('C0MEMBERS2').has('U0ADA')).toBe(false);
    });

    it('tries every channel and reports all failures', async () => {
      fake.rateLimitNext(1, { method: 'conversations.invite', retryAfterSeconds: 0 });
      const sync = new SlackRoleSync({
        bots: singleWorkspaceBots(fake.defaultWorkspace.botToken, new SlackClients({ apiUrl: fake.apiUrl })),
        clients: new SlackClients({ apiUrl: fake.apiUrl }),
        channels: () => ['C0MISSING', 'C0MEMBERS1', 'C0GONE'],
      });
      await expect(sync.grant(account('U0BOB'))).rejects.toThrow(
        /C0MISSING: channel_not_found; C0GONE: channel_not_found/,
      );
      expect(fake.channelMembers('C0MEMBERS1').has('U0BOB')).toBe(true);
    });
  });
});
