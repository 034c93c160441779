import { createCore, DeliveryError, type Platform, type PlatformAccount } from '@snowball/core';
import { createNetworkClub, createTestPorts, MemoryDmChannelRepository } from '@snowball/core/testing';
import type { CallRule } from '@snowball/rate-limit';
import { type DiscordJson, discordButtonsIn, discordTextIn, FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from './create-discord-rest.js';
import { DiscordMessenger } from './discord-messenger.js';
import { DiscordRoleSync } from './discord-role-sync.js';

let fake: FakeDiscord;
let messenger: DiscordMessenger;
let roleSync: DiscordRoleSync;

const account = (platformUserId: string, platform: Platform = 'discord'): PlatformAccount => ({
  communityId: 'club',
  platform,
  workspaceId: fake.guild.id,
  platformUserId,
  memberId: 'member',
  linkedAt: new Date(),
});

/** The messages REST calls for one user's DM channel, once the bot opened it. */
const sendsTo = (userId: string) =>
  fake.callsTo('createMessage', (c) => c.params.channelId === fake.dmChannelOf(userId));

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const rest = createDiscordRest({ token: fake.token, apiUrl: fake.url });
  messenger = new DiscordMessenger(rest);
  roleSync = new DiscordRoleSync(rest, fake.guild.memberRoleId);
});

afterAll(async () => {
  await fake?.close();
});

describe('DiscordMessenger', () => {
  it('sends a DM as an embed whose buttons name the guild, opening the DM channel once', async () => {
    const user = fake.newUser('dora');
    const message = {
      title: 'Renewal',
      text: 'Your membership ends soon. @everyone',
      fields: [{ name: 'Ends', value: '2026-12-31' }],
      buttons: [{ action: 'renew:start', label: 'Renew', style: 'primary' as const }],
    };
    await messenger.send(account(user.id), message);
    await messenger.send(account(user.id), message);
    expect(fake.callsTo('createDm', (c) => (c.body as DiscordJson).recipient_id === user.id)).toHaveLength(1);
    const [first] = fake.messagesIn(String(fake.dmChannelOf(user.id)));
    expect(discordTextIn(first)).toContain('Your membership ends soon. @everyone');
    expect(discordButtonsIn(first).map((b) => b.custom_id)).toEqual([`dm/${fake.guild.id}/renew:start`]);
    const [sent] = sendsTo(user.id);
    expect(sent?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(sent?.body).not.toHaveProperty('flags');
  });

  for (const scope of ['user', 'global'] as const) {
    it(`waits out a ${scope} 429 for retry_after and delivers exactly once`, async () => {
      const user = fake.newUser(`rate-${scope}`);
      await messenger.send(account(user.id), { text: 'warm up' });
      fake.failNext('createMessage', { kind: 'rateLimit', retryAfter: 0.4, scope });
      await messenger.send(account(user.id), { text: 'hello once' });
      const calls = sendsTo(user.id).slice(1);
      expect(calls.map((c) => c.status)).toEqual([429, 200]);
      expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(380);
      const delivered = fake
        .messagesIn(String(fake.dmChannelOf(user.id)))
        .filter((m) => discordTextIn(m) === 'hello once');
      expect(delivered).toHaveLength(1);
    });
  }

  it('gives up on a rate limit longer than a minute as a transient failure, for a later retry', async () => {
    const user = fake.newUser('patient');
    await messenger.send(account(user.id), { text: 'warm up' });
    fake.failNext('createMessage', { kind: 'rateLimit', retryAfter: 120 });
    const started = Date.now();
    await expect(messenger.send(account(user.id), { text: 'later' })).rejects.toMatchObject({ permanent: false });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports "cannot send messages to this user" (50007) as permanent, without retrying', async () => {
    const user = fake.newUser('closed');
    await messenger.send(account(user.id), { text: 'first' });
    fake.failNext('createMessage', { kind: 'error', code: 50007 });
    const error = await messenger.send(account(user.id), { text: 'blocked' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, message: expect.stringContaining('50007') });
    expect(sendsTo(user.id).map((c) => c.status)).toEqual([200, 403]);
  });

  it('reports other 4xx as permanent and 5xx as transient', async () => {
    const user = fake.newUser('flaky');
    fake.failNext('createMessage', { kind: 'error', code: 50013 });
    await expect(messenger.send(account(user.id), { text: 'x' })).rejects.toMatchObject({ permanent: true });
    // The REST client retries a 5xx three times before giving up.
    fake.failNext('createMessage', { kind: 'serverError', status: 503 }, 4);
    await expect(messenger.send(account(user.id), { text: 'x' })).rejects.toMatchObject({ permanent: false });
    expect(sendsTo(user.id).map((c) => c.status)).toEqual([403, 503, 503, 503, 503]);
  });

  it('reports an unreachable Discord as transient', async () => {
    const offline = new DiscordMessenger(createDiscordRest({ token: 't', apiUrl: 'http://127.0.0.1:9' }));
    await expect(offline.send(account('1'), { text: 'x' })).rejects.toMatchObject({
      name: 'DeliveryError',
      permanent: false,
    });
  });

  it('refuses accounts of other platforms as permanent', async () => {
    await expect(messenger.send(account('U1', 'slack'), { text: 'x' })).rejects.toMatchObject({ permanent: true });
  });
});

describe('DiscordMessenger with stored DM channels and a call limiter', () => {
  it('reuses the channel stored by an earlier process: after a restart a DM costs one call', async () => {
    const dmChannels = new MemoryDmChannelRepository();
    const user = fake.newUser('restarted');
    const before = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }), { dmChannels });
    await before.send(account(user.id), { text: 'before the restart' });
    expect(await dmChannels.find('discord', user.id)).toBe(fake.dmChannelOf(user.id));
    const after = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }), { dmChannels });
    await after.send(account(user.id), { text: 'after the restart' });
    expect(fake.callsTo('createDm', (c) => (c.body as DiscordJson).recipient_id === user.id)).toHaveLength(1);
    expect(fake.messagesIn(String(fake.dmChannelOf(user.id))).map(discordTextIn)).toEqual([
      'before the restart',
      'after the restart',
    ]);
  });

  it('opens a fresh channel when Discord no longer knows the stored one (10003), and sends once', async () => {
    const dmChannels = new MemoryDmChannelRepository();
    const user = fake.newUser('moved');
    await dmChannels.save('discord', user.id, '999999999999999999');
    const sender = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }), { dmChannels });
    fake.failNext('createMessage', { kind: 'error', code: 10003 });
    await sender.send(account(user.id), { text: 'found you' });
    expect(await dmChannels.find('discord', user.id)).toBe(fake.dmChannelOf(user.id));
    expect(fake.messagesIn(String(fake.dmChannelOf(user.id))).map(discordTextIn)).toEqual(['found you']);
  });

  it('takes a slot of the bot’s global pace for every REST call, retries included', async () => {
    const taken: CallRule[] = [];
    const limiter = { acquire: async (rule: CallRule) => void taken.push(rule) };
    const statuses: (number | string)[] = [];
    const rest = createDiscordRest({
      token: fake.token,
      apiUrl: fake.url,
      limiter,
      observer: { called: (_platform, status) => void statuses.push(status) },
    });
    const user = fake.newUser('paced');
    fake.failNext('createMessage', { kind: 'rateLimit', retryAfter: 0.05, scope: 'user' });
    await new DiscordMessenger(rest).send(account(user.id), { text: 'paced' });
    // createDm, the refused message, the retried message.
    expect(statuses).toEqual([200, 429, 200]);
    expect(taken).toHaveLength(3);
    expect(new Set(taken.map((r) => r.key)).size).toBe(1);
    expect(taken[0]).toMatchObject({ limit: 45, periodMs: 1000 });
    expect(taken[0]?.key).not.toContain(fake.token);
  });
});

describe('introductions on Discord', () => {
  it('cannot group members (no group DMs for bots): introduce is false and calls nothing', async () => {
    const before = fake.calls.length;
    const [x, y] = [fake.newUser('xia'), fake.newUser('yan')];
    expect(await messenger.introduce([account(x.id), account(y.id)], { text: 'meet' })).toBe(false);
    expect(fake.calls.length).toBe(before);
  });

  it('so both accepting sends each member a DM with the other’s mention', async () => {
    const ports = createTestPorts();
    const core = createCore({ ...ports, messenger });
    const club = await createNetworkClub(ports, [
      { name: 'Zhou Logistics', locale: 'en' },
      { name: 'Wu Commerce', locale: 'en' },
    ]);
    const [zhou, wu] = club.members;
    if (!zhou || !wu) throw new Error('club members missing');
    // The club's fixture links made-up ids; relink both to users the fake Discord knows.
    const users = [fake.newUser('zhou'), fake.newUser('wu')];
    for (const [i, m] of [zhou, wu].entries()) {
      await ports.accounts.unlinkAll(club.community.id, m.id);
      await ports.accounts.link({ ...account(users[i]?.id as string), communityId: club.community.id, memberId: m.id });
    }
    const intro = {
      id: ports.ids.id(),
      communityId: club.community.id,
      memberA: zhou.id,
      memberB: wu.id,
      answerA: 'accepted',
      answerB: 'accepted',
      status: 'introduced',
      score: 1,
      reason: 'freight ↔ e-commerce',
      roundId: null,
      introducedAt: ports.clock.now(),
      followUpAt: null,
      followUpOutcome: null,
      createdAt: ports.clock.now(),
    } as const;
    await ports.introductions.create(intro);
    const result = await core.notifyIntro({ communityId: club.community.id, introductionId: intro.id });
    expect(result.results.map((r) => [r.key, r.status])).toEqual([
      [`intro-introduced:${intro.id}:${zhou.id}`, 'sent'],
      [`intro-introduced:${intro.id}:${wu.id}`, 'sent'],
    ]);
    const [toZhou] = fake.messagesIn(String(fake.dmChannelOf(users[0]?.id as string)));
    const [toWu] = fake.messagesIn(String(fake.dmChannelOf(users[1]?.id as string)));
    expect(discordTextIn(toZhou)).toContain(`<@${users[1]?.id}>`);
    expect(discordTextIn(toWu)).toContain(`<@${users[0]?.id}>`);
    // The group message was never sent, and is no failure for staff to look into.
    expect(await ports.deliveries.get(`intro-group:${intro.id}`)).toMatchObject({ status: 'pending', sentAt: null });
  });
});

describe('DiscordRoleSync', () => {
  it('adds and removes the configured member role', async () => {
    const user = fake.newUser('mia');
    await roleSync.grant(account(user.id));
    expect(fake.memberRoles(fake.guild.id, user.id)).toEqual([fake.guild.memberRoleId]);
    await roleSync.revoke(account(user.id));
    expect(fake.memberRoles(fake.guild.id, user.id)).toEqual([]);
  });

  it('treats a member who left the guild (10007) as done', async () => {
    fake.failNext('addMemberRole', { kind: 'error', code: 10007 });
    await expect(roleSync.grant(account(fake.newUser('gone').id))).resolves.toBeUndefined();
  });

  it('passes other failures on, so the access sync records them', async () => {
    fake.failNext('removeMemberRole', { kind: 'error', code: 50013 });
    await expect(roleSync.revoke(account(fake.newUser('locked').id))).rejects.toMatchObject({ code: 50013 });
  });

  it('leaves accounts of other platforms alone', async () => {
    const before = fake.calls.length;
    await roleSync.grant(account('U1', 'slack'));
    await roleSync.revoke(account('U1', 'slack'));
    expect(fake.calls.length).toBe(before);
  });
});
