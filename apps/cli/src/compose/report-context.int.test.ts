import { buildApiServer } from '@snowball/admin-api';
import { DEFAULT_MODERATION_SETTINGS, recentChatChannelKey } from '@snowball/core';
import { type DiscordJson, FakeDiscord, type FakeDiscordUser } from '@snowball/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDiscordEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { ownerPanelHeaders } from '../testing/panel-session.js';
import { pollFor } from '../testing/poll.js';
import { openSystem, type System } from './open-system.js';
import { startPlatforms } from './start-platforms.js';

// "Report message" on Discord through the real composition (discord.js on the gateway fake, PostgreSQL, Redis):
// the case a member's report opens keeps the messages written just before the reported one, as automatic cases
// do, and the moderators see them in the panel's case detail.

type Server = Awaited<ReturnType<typeof buildApiServer>>;

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let system: System;
let app: Server;
let headers: Record<string, string>;
let communityId: string;
let reporter: FakeDiscordUser;

const until = pollFor;

beforeAll(async () => {
  discord = await FakeDiscord.start();
  cleanups.push(() => discord.close());
  const { config } = await scratchComposeConfig(
    'reportctx',
    { SNOWBALL_COMMUNITY: 'report-club', ...fakeDiscordEnv(discord, discord.guild.id) },
    cleanups,
  );
  const platforms = await startPlatforms(config, { bot: true, logger: pino({ level: 'silent' }) });
  system = await openSystem(config, { messengers: platforms.messengers, roleSyncs: platforms.roleSyncs });
  cleanups.push(() => system.close());
  const { community, ownerId } = await system.core.createCommunity({
    slug: 'report-club',
    name: 'Report Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en', moderation: DEFAULT_MODERATION_SETTINGS },
  });
  communityId = community.id;
  await platforms.attach(system);
  cleanups.push(() => platforms.stop());
  app = await buildApiServer({
    core: system.core,
    config: { publicUrl: 'http://127.0.0.1' },
    readiness: () => system.readiness(),
    mount: (server) => platforms.mount(server, system),
  });
  await app.ready();
  cleanups.unshift(() => app.close());
  // The owner reports (a member of the club) and reads the case in the panel.
  reporter = discord.newUser('olivia', { globalName: 'Olivia' });
  await system.ports.accounts.link({
    communityId,
    platform: 'discord',
    workspaceId: discord.guild.id,
    platformUserId: reporter.id,
    memberId: ownerId,
    linkedAt: new Date(),
  });
  headers = await ownerPanelHeaders(app, system.core, communityId, ownerId);
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('Report message keeps the context on Discord', () => {
  it('shows the messages written before the reported one in the case detail, the reporter’s among them unmarked', async () => {
    const [ana, ben, spam] = [discord.newUser('ana'), discord.newUser('ben'), discord.newUser('spam')];
    const key = recentChatChannelKey(communityId, {
      platform: 'discord',
      workspaceId: discord.guild.id,
      channelId: discord.guild.channelId,
    });
    const window = async () =>
      (await system.ports.recentMessages?.recent(key, { maxMessages: 50 }))?.map((m) => m.messageId) ?? [];
    /** A message in the members' channel, once chat moderation has kept it in the channel's window. */
    const write = async (author: FakeDiscordUser, content: string): Promise<DiscordJson> => {
      const message = discord.dispatchMessage({ author, content });
      await until(`message ${content}`, async () => (await window()).includes(String(message.id)));
      // The next message is written at a later millisecond.
      await new Promise((resolve) => setTimeout(resolve, 2));
      return message;
    };
    await write(ana, 'Who has a customs broker in Shenzhen?');
    await write(reporter, '我有一个，晚点发你');
    await write(ben, 'Thanks, me too please');
    const reported = await write(spam, 'Cheap watches, DM me for the list');
    await write(ben, 'Please keep it on topic');

    const interaction = discord.dispatchInteraction({
      kind: 'messageMenu',
      user: reporter,
      name: 'Report message',
      target: { id: String(reported.id), author: spam, content: String(reported.content) },
    });
    expect((await discord.waitForResponse(interaction)).status).toBeLessThan(300);

    const list = await until('the report case', async () => {
      const response = await app.inject({ url: '/api/cases?kind=report', headers });
      const items = response.json<{ items: { id: string; messageId: string | null }[] }>().items ?? [];
      return items.find((c) => c.messageId === reported.id);
    });
    const detail = await app.inject({ url: `/api/cases/${list.id}`, headers });
    expect(detail.statusCode).toBe(200);
    const body = detail.json<{ case: { kind: string; context: { authorId: string; text: string; at: string }[] } }>();
    expect(body.case.kind).toBe('report');
    // The messages before it, oldest first (the one after it and the reported one are not context).
    expect(body.case.context.map(({ authorId, text }) => ({ authorId, text }))).toEqual([
      { authorId: ana.id, text: 'Who has a customs broker in Shenzhen?' },
      { authorId: reporter.id, text: '我有一个，晚点发你' },
      { authorId: ben.id, text: 'Thanks, me too please' },
    ]);
    // Nothing in the context says who reported: each entry is an author, the words and the time.
    for (const entry of body.case.context) expect(Object.keys(entry).sort()).toEqual(['at', 'authorId', 'text']);
  });
});
