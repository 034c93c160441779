import type { AddressInfo } from 'node:net';
import { buildApiServer } from '@snowball/admin-api';
import { AUTOMOD_RULE_NAME, DEFAULT_MODERATION_SETTINGS, type Locale, type Platform } from '@snowball/core';
import { createDiscordRest, DiscordAutoModMirror, DiscordChatModerator } from '@snowball/discord';
import {
  type DiscordJson,
  FakeDiscord,
  type FakeDiscordUser,
  FakeFeishu,
  FakeSlackApi,
  feishuCardText,
  messageChangedEventRequest,
  messageEventRequest,
  messageReceiveEvent,
  messageUpdatedEvent,
  postSlackRequest,
} from '@snowball/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.js';
import { fakeDiscordEnv, fakeFeishuEnv, fakeSlackEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { addComposeMember } from '../testing/compose-member.js';
import { pollFor } from '../testing/poll.js';
import { startModerationReconciler } from './moderation-reconciler.js';
import { openSystem, type System } from './open-system.js';
import { type Platforms, startPlatforms } from './start-platforms.js';

// Automatic moderation through the real composition: Discord (discord.js on the gateway fake), Slack (Bolt over
// signed HTTP events) and Feishu (the SDK's long connection) on one PostgreSQL and one Redis. Two API processes
// share the Redis, so flooding spread over both is still caught.

const DAY = 86_400_000;
const SIGNING_SECRET = 'moderation-signing-secret';
const SLACK_TEAM = 'T0SNOWBALL';
const SLACK_LOG = 'C0MODLOG01';
const FEISHU_GROUP = 'oc_members_group';
const FEISHU_LOG = 'oc_mod_log';
const AD_ZH = '加我薇信：ｌｉｈｕａ８８６ 有惊喜';

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let slack: FakeSlackApi;
let feishu: FakeFeishu;
let system: System;
let communityId: string;
let ownerMemberId: string;
let prefix: string;
const slackUrls: string[] = [];

/** One process of the deployment (API with the Slack and Feishu webhooks; the bots when `bot`). */
async function startProcess(config: Config, bot: boolean): Promise<{ system: System; url: string }> {
  const logger = pino({ level: 'silent' });
  const platforms: Platforms = await startPlatforms(config, { bot, logger });
  const opened = await openSystem(config, { messengers: platforms.messengers, roleSyncs: platforms.roleSyncs });
  cleanups.push(() => opened.close());
  return { system: opened, url: await attach(platforms, opened) };
}

async function attach(platforms: Platforms, opened: System): Promise<string> {
  await platforms.attach(opened);
  cleanups.push(() => platforms.stop());
  const app = await buildApiServer({
    core: opened.core,
    config: { publicUrl: 'http://127.0.0.1' },
    readiness: () => opened.readiness(),
    mount: (server) => platforms.mount(server, opened),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.unshift(() => app.close());
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/slack/events`;
}

/** A member who joined `joinedDaysAgo` days ago (default 60), paid for 300 days more, linked on one platform. */
function addMember(
  name: string,
  locale: Locale,
  platform: Platform,
  workspaceId: string,
  userId: string,
  options: { readonly joinedDaysAgo?: number } = {},
): Promise<string> {
  const since = new Date(Date.now() - (options.joinedDaysAgo ?? 60) * DAY);
  return addComposeMember(system.ports, communityId, {
    name,
    locale,
    createdAt: since,
    membership: { startsAt: since, endsAt: new Date(Date.now() + 300 * DAY) },
    accounts: [{ platform, workspaceId, userId }],
  });
}

const until = pollFor;

beforeAll(async () => {
  discord = await FakeDiscord.start();
  slack = await FakeSlackApi.start();
  feishu = await FakeFeishu.start();
  cleanups.push(
    () => discord.close(),
    () => slack.close(),
    () => feishu.close(),
  );
  const scratch = await scratchComposeConfig(
    'moderation',
    {
      SNOWBALL_COMMUNITY: 'moderated-club',
      ...fakeDiscordEnv(discord, discord.guild.id),
      ...fakeSlackEnv(slack, SIGNING_SECRET),
      ...fakeFeishuEnv(feishu),
    },
    cleanups,
  );
  prefix = scratch.queuePrefix;
  const config = scratch.config;
  // The first process opens the database (and migrates it) before the club exists; the platforms attach after.
  const logger = pino({ level: 'silent' });
  const first = await startPlatforms(config, { bot: true, logger });
  system = await openSystem(config, { messengers: first.messengers, roleSyncs: first.roleSyncs });
  cleanups.push(() => system.close());
  const { community, ownerId } = await system.core.createCommunity({
    slug: 'moderated-club',
    name: 'Moderated Club',
    owner: { displayName: 'Olivia Owner' },
    settings: {
      defaultLocale: 'en',
      moderation: {
        ...DEFAULT_MODERATION_SETTINGS,
        logChannels: { discord: discord.guild.logChannelId, slack: SLACK_LOG, feishu: FEISHU_LOG },
      },
    },
  });
  communityId = community.id;
  ownerMemberId = ownerId;
  await system.ports.communities.attachWorkspace(communityId, 'feishu', feishu.tenantKey);
  slackUrls.push(await attach(first, system));
  // A second API process on the same database and Redis (no bots): Slack events may reach either.
  slackUrls.push((await startProcess(config, false)).url);
  ownerDiscord = discord.newUser('olivia');
  await system.ports.accounts.link({
    communityId,
    platform: 'discord',
    workspaceId: discord.guild.id,
    platformUserId: ownerDiscord.id,
    memberId: ownerId,
    linkedAt: new Date(),
  });
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

let ownerDiscord: FakeDiscordUser;

describe('Discord', () => {
  const dmsTo = (user: FakeDiscordUser) => discord.messagesIn(discord.dmChannelOf(user.id) ?? '');
  const embedText = (message: DiscordJson | undefined) => JSON.stringify(message?.embeds ?? []);

  it('deletes a disguised Chinese ad, records a strike and tells the author in Chinese how to appeal', async () => {
    const mia = discord.newUser('mia');
    const memberId = await addMember('Mia', 'zh-CN', 'discord', discord.guild.id, mia.id);
    const ad = discord.dispatchMessage({ author: mia, content: AD_ZH });
    await discord.waitForCall('deleteMessage', (c) => c.params.messageId === ad.id);
    expect(discord.hasMessage(String(ad.id))).toBe(false);
    const dm = await until('the DM', () => dmsTo(mia)[0]);
    expect(embedText(dm)).toContain('你的消息已被删除');
    expect(embedText(dm)).toContain('引导私下联系');
    expect(embedText(dm)).toContain('/appeal');
    const cases = await system.ports.moderation.list(communityId, memberId);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: 'upheld', kind: 'advertising', messageId: ad.id, excerpt: AD_ZH });
    const log = await until('the log entry', () => discord.messagesIn(discord.guild.logChannelId)[0]);
    expect(embedText(log)).toContain('Message removed');
  });

  it('does nothing twice when the gateway delivers the same message again', async () => {
    const noah = discord.newUser('noah');
    await addMember('Noah', 'en', 'discord', discord.guild.id, noah.id);
    const ad = discord.dispatchMessage({ author: noah, content: 'Add me on WeChat: noah_8899 for the price list' });
    await until('the DM', () => dmsTo(noah)[0]);
    discord.redeliverMessage(ad);
    // A later message of the same author is a sync point: the redelivery was handled before it.
    const next = discord.dispatchMessage({ author: noah, content: 'v❤：noah_2024 加我送教程' });
    await until('the second DM', () => dmsTo(noah)[1]);
    expect(discord.deletedMessages().filter((d) => d.messageId === ad.id)).toHaveLength(1);
    expect(discord.deletedMessages().filter((d) => d.messageId === next.id)).toHaveLength(1);
    expect(dmsTo(noah)).toHaveLength(2);
    expect(embedText(dmsTo(noah)[0])).toContain('This is a warning.');
  });

  it('times out a member at the second strike', async () => {
    const otto = discord.newUser('otto');
    await addMember('Otto', 'en', 'discord', discord.guild.id, otto.id);
    discord.dispatchMessage({ author: otto, content: '加我微信 otto12345 有惊喜' });
    await until('the first DM', () => dmsTo(otto)[0]);
    discord.dispatchMessage({ author: otto, content: '扫码进群，QQ群 287456119' });
    const timeout = await discord.waitForCall('modifyMember', (c) => c.params.userId === otto.id);
    const until1h = Date.parse(String((timeout.body as DiscordJson).communication_disabled_until));
    expect(until1h).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(discord.timeoutOf(discord.guild.id, otto.id)).not.toBeNull();
    const dm = await until('the second DM', () => dmsTo(otto)[1]);
    expect(embedText(dm)).toContain('You cannot post in the club for 60 minutes.');
  });

  it('checks an edited message again', async () => {
    const pia = discord.newUser('pia');
    await addMember('Pia', 'en', 'discord', discord.guild.id, pia.id);
    const clean = discord.dispatchMessage({ author: pia, content: 'Shipping quotes are in the sheet' });
    discord.dispatchMessageEdit(clean, 'Shipping quotes: add me on WeChat pia_7788');
    await discord.waitForCall('deleteMessage', (c) => c.params.messageId === clean.id);
    expect(embedText(await until('the DM', () => dmsTo(pia)[0]))).toContain('Your message was removed');
  });

  it('holds a newcomer’s contact details for review: the message stays up, the moderators are told', async () => {
    const rosa = discord.newUser('rosa');
    const memberId = await addMember('Rosa', 'en', 'discord', discord.guild.id, rosa.id, { joinedDaysAgo: 2 });
    const text = 'Slides are on our drive, email me at rosa@freight-co.cn for access';
    const message = discord.dispatchMessage({ author: rosa, content: text });
    const log = await until('the log entry', () =>
      discord.messagesIn(discord.guild.logChannelId).find((m) => embedText(m).includes('rosa@freight-co.cn')),
    );
    expect(embedText(log)).toContain('Held for review');
    expect(embedText(log)).toContain('Newcomer limits');
    expect(discord.hasMessage(String(message.id))).toBe(true);
    expect(discord.deletedMessages().some((d) => d.messageId === message.id)).toBe(false);
    expect(dmsTo(rosa)).toEqual([]);
    const [held] = await system.ports.moderation.list(communityId, memberId);
    expect(held).toMatchObject({ status: 'open', messageId: message.id });
  });

  it('never touches a staff member’s message', async () => {
    const staffAd = discord.dispatchMessage({ author: ownerDiscord, content: AD_ZH });
    const quinn = discord.newUser('quinn');
    await addMember('Quinn', 'en', 'discord', discord.guild.id, quinn.id);
    const later = discord.dispatchMessage({ author: quinn, content: AD_ZH });
    await discord.waitForCall('deleteMessage', (c) => c.params.messageId === later.id);
    expect(discord.hasMessage(String(staffAd.id))).toBe(true);
    expect(discord.deletedMessages().some((d) => d.messageId === staffAd.id)).toBe(false);
    expect(dmsTo(ownerDiscord)).toEqual([]);
  });

  it('leaves the server’s own moderators alone, linked to the club or not (here: the server owner)', async () => {
    const boss = discord.newUser('boss', { id: discord.guild.ownerId });
    const bossAd = discord.dispatchMessage({ author: boss, content: AD_ZH });
    const uma = discord.newUser('uma');
    await addMember('Uma', 'en', 'discord', discord.guild.id, uma.id);
    const later = discord.dispatchMessage({ author: uma, content: AD_ZH });
    await discord.waitForCall('deleteMessage', (c) => c.params.messageId === later.id);
    expect(discord.hasMessage(String(bossAd.id))).toBe(true);
    expect(dmsTo(boss)).toEqual([]);
  });

  it('warns, then times out a spammer with no linked membership, counting strikes by their Discord account', async () => {
    const spammer = discord.newUser('spammer');
    const first = discord.dispatchMessage({ author: spammer, content: '加我微信 spam12345 有惊喜' });
    await until('the first DM', () => dmsTo(spammer)[0]);
    expect(embedText(dmsTo(spammer)[0])).toContain('This is a warning.');
    discord.dispatchMessage({ author: spammer, content: '扫码进群，QQ群 287456119' });
    const timeout = await discord.waitForCall('modifyMember', (c) => c.params.userId === spammer.id);
    expect(Date.parse(String((timeout.body as DiscordJson).communication_disabled_until))).toBeGreaterThan(
      Date.now() + 50 * 60_000,
    );
    expect(embedText(await until('the second DM', () => dmsTo(spammer)[1]))).toContain('60 minutes');
    const page = await system.ports.moderation.page(communityId, {}, { limit: 100, offset: 0 });
    const theirs = page.items.filter((c) => c.authorId === spammer.id);
    expect(theirs.map((c) => [c.memberId, c.status, c.workspaceId])).toEqual([
      [null, 'upheld', discord.guild.id],
      [null, 'upheld', discord.guild.id],
    ]);
    expect(theirs.some((c) => c.messageId === first.id)).toBe(true);
  });

  it('retries a removal Discord failed in the bots’ reconcile pass, once, without a second DM', async () => {
    const vera = discord.newUser('vera');
    await addMember('Vera', 'en', 'discord', discord.guild.id, vera.id);
    discord.failNext('deleteMessage', { kind: 'error', code: 50035 });
    const ad = discord.dispatchMessage({ author: vera, content: 'Add me on WeChat: vera_5566 for the prices' });
    await until('the DM', () => dmsTo(vera)[0]);
    expect(discord.hasMessage(String(ad.id))).toBe(true);
    // A pass a minute later (the first retry is due after 30 s), over the real discord.js REST client.
    const moderator = new DiscordChatModerator(createDiscordRest({ token: discord.token, apiUrl: discord.url }));
    const reconciler = startModerationReconciler({
      ports: { ...system.ports, clock: { now: () => new Date(Date.now() + 60_000) } },
      moderators: { discord: moderator },
      logger: pino({ level: 'silent' }),
      everyMs: 3_600_000,
    });
    await reconciler.runOnce();
    await reconciler.runOnce();
    await reconciler.stop();
    expect(discord.hasMessage(String(ad.id))).toBe(false);
    expect(discord.deletedMessages().filter((d) => d.messageId === ad.id)).toHaveLength(1);
    expect(dmsTo(vera)).toHaveLength(1);
  });
});

describe('Discord native AutoMod', () => {
  const dmsTo = (user: FakeDiscordUser) => discord.messagesIn(discord.dmChannelOf(user.id) ?? '');
  const owner = () => ({ kind: 'member', communityId, memberId: ownerMemberId, roles: ['owner'] }) as const;
  const passOver = async () => {
    // A fresh reconciler syncs AutoMod on its first pass, over the real discord.js REST client.
    const reconciler = startModerationReconciler({
      ports: system.ports,
      moderators: {},
      autoMod: new DiscordAutoModMirror(createDiscordRest({ token: discord.token, apiUrl: discord.url })),
      logger: pino({ level: 'silent' }),
      everyMs: 3_600_000,
    });
    await reconciler.runOnce();
    await reconciler.stop();
  };
  const ours = () => discord.autoModRules().filter((r) => r.name === AUTOMOD_RULE_NAME);

  it('mirrors the club’s certain ad rules into a keyword rule, follows rule changes, and leaves others’ rules alone', async () => {
    const before = (await system.core.getModerationRules({ actor: owner(), communityId })).settings;
    try {
      await passOver();
      expect(ours()).toHaveLength(1);
      const rule = ours()[0] as DiscordJson;
      const keywords = (rule.trigger_metadata as DiscordJson).keyword_filter as string[];
      expect(keywords).toContain('*discord.gg/*');
      expect(keywords).toContain('*扫码进群*');
      expect((rule.trigger_metadata as DiscordJson).regex_patterns).toHaveLength(1);
      expect(rule).toMatchObject({ enabled: true, event_type: 1, trigger_type: 1 });
      expect((rule.actions as DiscordJson[]).map((a) => a.type)).toEqual([1, 2]);
      expect((rule.actions as DiscordJson[])[1]?.metadata).toEqual({ channel_id: discord.guild.logChannelId });
      // Unchanged rules: no call at all.
      const calls = discord.callsTo('createAutoModRule').length + discord.callsTo('modifyAutoModRule').length;
      await passOver();
      expect(discord.callsTo('createAutoModRule').length + discord.callsTo('modifyAutoModRule').length).toBe(calls);
      // Contact requests only held for review now: their phrases leave the AutoMod rule.
      await system.core.updateModerationRules({
        actor: owner(),
        communityId,
        settings: { ...before, rules: { ...before.rules, 'ad.contact': 'review' } },
      });
      await passOver();
      const [after] = ours();
      const metadata = (after?.trigger_metadata ?? {}) as DiscordJson;
      expect(metadata.keyword_filter).toContain('*discord.gg/*');
      expect(metadata.keyword_filter).not.toContain('*扫码进群*');
      expect(metadata.regex_patterns).toEqual([]);
      expect(after?.id).toBe(rule.id);
      // Moderation switched off: the rule goes.
      await system.core.updateModerationRules({ actor: owner(), communityId, settings: { ...before, enabled: false } });
      await passOver();
      expect(ours()).toEqual([]);
    } finally {
      await system.core.updateModerationRules({ actor: owner(), communityId, settings: before });
    }
  });

  it('takes a message AutoMod blocked into a case: a strike, the DM, the log, and no delete call', async () => {
    await passOver();
    const rule = ours()[0] as DiscordJson;
    const wen = discord.newUser('wen');
    const memberId = await addMember('Wen', 'zh-CN', 'discord', discord.guild.id, wen.id);
    const logBefore = discord.messagesIn(discord.guild.logChannelId).length;
    const deletes = discord.callsTo('deleteMessage').length;
    discord.dispatchAutoModAction({
      rule,
      author: wen,
      content: '加我微信 wen88888 有资料',
      matchedKeyword: '加我微信 wen88888',
    });
    const dm = await until('the DM', () => dmsTo(wen)[0]);
    expect(JSON.stringify(dm?.embeds)).toContain('你的消息已被删除');
    const [kase] = await system.ports.moderation.list(communityId, memberId);
    expect(kase).toMatchObject({
      status: 'upheld',
      kind: 'advertising',
      authorId: wen.id,
      excerpt: '加我微信 wen88888 有资料',
    });
    await until('the log entry', () => discord.messagesIn(discord.guild.logChannelId).length > logBefore);
    expect(discord.callsTo('deleteMessage').length).toBe(deletes);
  });
});

describe('Slack', () => {
  const post = (url: string, fixture: Parameters<typeof postSlackRequest>[1]) =>
    postSlackRequest(url, fixture, { secret: SIGNING_SECRET });
  const dmsTo = (userId: string) => slack.posted.filter((p) => p.channel === userId);

  it('asks the moderators to remove an ad the app may not delete, and tells the author in their language', async () => {
    await addMember('Rui', 'zh-CN', 'slack', SLACK_TEAM, 'U0RUI00001');
    const ts = '1765000000.000101';
    const response = await post(slackUrls[0] as string, messageEventRequest({ userId: 'U0RUI00001', text: AD_ZH, ts }));
    expect(response.status).toBe(200);
    const dm = await until('the DM', () => dmsTo('U0RUI00001')[0]);
    expect(JSON.stringify(dm.body)).toContain('你的消息违反了社群规则');
    const log = await until('the log entry', () => slack.posted.find((p) => p.channel === SLACK_LOG));
    expect(JSON.stringify(log.body)).toContain('please remove it by hand');
    expect(slack.callsTo('chat.delete').map((c) => c.body.ts)).toContain(ts);
    expect(slack.deleted).toEqual([]);
  });

  it('removes an ad where the app has the rights, and checks edits again', async () => {
    slack.allowDeletingMembersMessages(SLACK_TEAM);
    await addMember('Sam', 'en', 'slack', SLACK_TEAM, 'U0SAM00001');
    const ts = '1765000100.000201';
    await post(slackUrls[0] as string, messageEventRequest({ userId: 'U0SAM00001', text: 'see you at the fair', ts }));
    await post(
      slackUrls[1] as string,
      messageChangedEventRequest({
        userId: 'U0SAM00001',
        ts,
        previousText: 'see you at the fair',
        text: 'see you at the fair, add me on WeChat sam_5566',
      }),
    );
    await until('the removal', () => slack.deleted.find((d) => d.ts === ts));
    expect(JSON.stringify((await until('the DM', () => dmsTo('U0SAM00001')[0])).body)).toContain(
      'Your message was removed',
    );
  });

  it('catches flooding spread over two API processes sharing Redis', async () => {
    slack.allowDeletingMembersMessages(SLACK_TEAM);
    await addMember('Tao', 'en', 'slack', SLACK_TEAM, 'U0TAO00001');
    const base = Math.floor(Date.now() / 1000);
    const tss: string[] = [];
    for (let i = 0; i < 8; i++) {
      const ts = `${base}.${String(300 + i).padStart(6, '0')}`;
      tss.push(ts);
      const response = await post(
        slackUrls[i % 2] as string,
        messageEventRequest({ userId: 'U0TAO00001', text: `order update number ${i + 1}`, ts }),
      );
      expect(response.status).toBe(200);
      // Each message is in the author's recent messages (Redis) before the next is sent.
      const key = `${prefix}:recent-chat:${communityId}:slack:${SLACK_TEAM}:U0TAO00001`;
      await until(`message ${i + 1} remembered`, async () => (await system.redis?.zcard(key)) === Math.min(i + 1, 30));
    }
    await until('a flooding removal', () => slack.deleted.find((d) => tss.includes(d.ts)));
    const removed = slack.deleted.filter((d) => tss.includes(d.ts)).map((d) => d.ts);
    // Six messages in ten seconds are allowed; the seventh and eighth are flooding.
    expect(removed.every((ts) => tss.indexOf(ts) >= 6)).toBe(true);
    const cases = (await system.ports.moderation.list(communityId, null)).filter((c) =>
      tss.includes(String(c.messageId)),
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.kind === 'flooding')).toBe(true);
  });
});

describe('Feishu', () => {
  it('recalls an ad in a group chat and sends the author a card in their language', async () => {
    feishu.addUser({ openId: 'ou_wei', name: 'Wei' });
    feishu.addChat(FEISHU_GROUP, ['ou_wei']);
    feishu.addChat(FEISHU_LOG);
    await addMember('Wei', 'zh-CN', 'feishu', feishu.tenantKey, 'ou_wei');
    await feishu.waitForConnection();
    const event = messageReceiveEvent(feishu, {
      openId: 'ou_wei',
      chatId: FEISHU_GROUP,
      chatType: 'group',
      text: AD_ZH,
    });
    expect((await feishu.pushEvent(event)).code).toBe(200);
    const messageId = String((event.event as { message: { message_id: string } }).message.message_id);
    await until('the recall', () => feishu.recalled.includes(messageId));
    const card = await feishu.waitForMessage((m) => m.receiveId === 'ou_wei');
    expect(feishuCardText(card.content)).toContain('你的消息已被删除');
    const log = await feishu.waitForMessage((m) => m.receiveId === FEISHU_LOG);
    expect(feishuCardText(log.content)).toContain('Message removed');
  });

  it('checks an edited group message again', async () => {
    feishu.addUser({ openId: 'ou_xia', name: 'Xia' });
    await addMember('Xia', 'en', 'feishu', feishu.tenantKey, 'ou_xia');
    const clean = messageReceiveEvent(feishu, {
      openId: 'ou_xia',
      chatId: FEISHU_GROUP,
      chatType: 'group',
      text: '明天的展会见',
    });
    expect((await feishu.pushEvent(clean)).code).toBe(200);
    const messageId = String((clean.event as { message: { message_id: string } }).message.message_id);
    const edit = messageUpdatedEvent(feishu, {
      openId: 'ou_xia',
      chatId: FEISHU_GROUP,
      messageId,
      text: '明天的展会见，加我微信 xia_6688 拿资料',
    });
    expect((await feishu.pushEvent(edit)).code).toBe(200);
    await until('the recall', () => feishu.recalled.includes(messageId));
    const card = await feishu.waitForMessage((m) => m.receiveId === 'ou_xia');
    expect(feishuCardText(card.content)).toContain('Your message was removed');
  });
});
