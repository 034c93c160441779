import { buildApiServer } from '@snowball/admin-api';
import { DEFAULT_MODERATION_SETTINGS, systemActor } from '@snowball/core';
import { discordTextIn, FakeDiscord, type FakeDiscordGuild, type FakeDiscordUser } from '@snowball/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDiscordEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { addComposeMember } from '../testing/compose-member.js';
import { ownerPanelHeaders } from '../testing/panel-session.js';
import { discordGuildSetup } from './connection-health.js';
import { openSystem, type System } from './open-system.js';
import { type Platforms, startPlatforms } from './start-platforms.js';

// A Discord server connected from the panel is served by the running gateway bot at once (moderated, its
// commands registered, its member role synced), and a disconnected one stops: no restart, through the real
// composition (discord.js on the fake gateway, the admin API, PostgreSQL and Redis).

const DAY = 86_400_000;
const AD = 'Add me on WeChat: lihua_8899 for the price list';

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let system: System;
let platforms: Platforms;
let communityId: string;
let app: Awaited<ReturnType<typeof buildApiServer>>;
let headers: Record<string, string>;
let home: FakeDiscordGuild;
let added: FakeDiscordGuild;

/** A member of 60 days, paid for 300 more, linked in the given guild. */
const addMember = (name: string, guildId: string, userId: string): Promise<string> => {
  const since = new Date(Date.now() - 60 * DAY);
  return addComposeMember(system.ports, communityId, {
    name,
    createdAt: since,
    membership: { startsAt: since, endsAt: new Date(Date.now() + 300 * DAY) },
    accounts: [{ platform: 'discord', workspaceId: guildId, userId }],
  });
};

/** What the bot answered to `/me` run in a server (its reply, or the edit of a deferred one). */
async function meIn(user: FakeDiscordUser, guildId: string): Promise<string> {
  const me = discord.dispatchInteraction({ kind: 'command', user, name: 'me', guildId });
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    const text = discord
      .callsFor(me)
      .map((c) => discordTextIn(c.body))
      .join('\n')
      .trim();
    if (text) return text;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no answer to /me');
}

const deleted = (messageId: unknown) => discord.deletedMessages().some((d) => d.messageId === messageId);

/**
 * Sends an ad in the home server (always served) and waits until it is deleted: the gateway delivers in order,
 * so a message sent before it in another server has been looked at by then.
 */
async function syncPoint(author: FakeDiscordUser): Promise<void> {
  const marker = discord.dispatchMessage({ author, content: AD, guildId: home.id });
  await discord.waitForCall('deleteMessage', (c) => c.params.messageId === marker.id, 10_000);
}

beforeAll(async () => {
  discord = await FakeDiscord.start({ guilds: 2 });
  cleanups.push(() => discord.close());
  home = discord.guilds[0] as FakeDiscordGuild;
  added = discord.guilds[1] as FakeDiscordGuild;
  const { config } = await scratchComposeConfig(
    'guilds',
    { PORT: '4100', SNOWBALL_COMMUNITY: 'guild-club', ...fakeDiscordEnv(discord, home.id) },
    cleanups,
  );
  const logger = pino({ level: 'silent' });
  platforms = await startPlatforms(config, { bot: true, logger });
  system = await openSystem(config, { messengers: platforms.messengers, roleSyncs: platforms.roleSyncs });
  cleanups.push(() => system.close());
  const { community, ownerId } = await system.core.createCommunity({
    slug: 'guild-club',
    name: 'Guild Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en', moderation: { ...DEFAULT_MODERATION_SETTINGS } },
  });
  communityId = community.id;
  await platforms.attach(system);
  cleanups.push(() => platforms.stop());
  // The panel, wired as `snowball start` wires it: connecting a server tells this process's bot.
  app = await buildApiServer({
    core: system.core,
    config: {
      publicUrl: 'http://127.0.0.1:4100',
      discordGuildSetup: discordGuildSetup(config, { onConnected: (id) => platforms.discordGuildChanged(id) }),
    },
    readiness: async () => ({ ok: true, checks: {} }),
  });
  await app.ready();
  cleanups.unshift(() => app.close());
  headers = await ownerPanelHeaders(app, system.core, communityId, ownerId);
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('a Discord server connected or disconnected from the panel, while the bot runs', () => {
  it('is not moderated before it is connected, is moderated, answered and role-synced at once after, and stops when disconnected', async () => {
    const mia = discord.newUser('mia');
    const miaId = await addMember('Mia', added.id, mia.id);
    const noah = discord.newUser('noah');
    await addMember('Noah', home.id, noah.id);

    // Not connected yet: the bot registered nothing there and leaves its messages alone.
    expect(discord.registeredCommands(added.id)).toEqual([]);
    expect(await meIn(mia, added.id)).toContain('Settings → Platform connections');
    const before = discord.dispatchMessage({ author: mia, content: AD, guildId: added.id });
    await syncPoint(noah);
    expect(deleted(before.id)).toBe(false);
    expect(await system.ports.moderation.list(communityId, miaId)).toEqual([]);

    const connect = await app.inject({
      method: 'POST',
      url: '/api/settings/platforms/discord',
      headers,
      payload: { guildId: added.id, memberRoleId: added.memberRoleId },
    });
    expect(connect.json()).toMatchObject({ attached: true, commands: 'registered' });
    expect(discord.registeredCommands(added.id).map((c) => c.name)).toEqual(expect.arrayContaining(['apply', 'me']));

    // Moderated at once, though the bot had just been told this server was not the club's.
    const ad = discord.dispatchMessage({ author: mia, content: AD, guildId: added.id });
    await discord.waitForCall('deleteMessage', (c) => c.params.messageId === ad.id, 10_000);
    expect(await system.ports.moderation.list(communityId, miaId)).toEqual([
      expect.objectContaining({ messageId: ad.id, kind: 'advertising' }),
    ]);
    // Role sync gives the server's own member role.
    const account = (await system.ports.accounts.listForMember(communityId, miaId)).find(
      (a) => a.workspaceId === added.id,
    );
    await platforms.roleSyncs.discord?.grant(account as NonNullable<typeof account>);
    expect(discord.memberRoles(added.id, mia.id)).toEqual([added.memberRoleId]);
    // Answered as the club's member there.
    expect(await meIn(mia, added.id)).toContain('Your membership');

    const disconnect = await app.inject({
      method: 'DELETE',
      url: `/api/settings/platforms/discord/${added.id}`,
      headers,
    });
    expect(disconnect.statusCode).toBe(200);
    expect(disconnect.json()).toEqual({ detached: true, commands: 'removed' });
    expect(discord.registeredCommands(added.id)).toEqual([]);
    expect(await system.ports.communities.findByWorkspace('discord', added.id)).toBeNull();

    // Disconnected: nothing is done there any more, while the home server is still moderated.
    const after = discord.dispatchMessage({ author: mia, content: `${AD} again`, guildId: added.id });
    await syncPoint(noah);
    expect(deleted(after.id)).toBe(false);
    expect(await system.ports.moderation.list(communityId, miaId)).toHaveLength(1);
    expect(await meIn(mia, added.id)).toContain('is not connected to a club');
    // Nor is its member role given or taken any more (the role the bot gave stays as the server has it).
    await platforms.roleSyncs.discord?.revoke(account as NonNullable<typeof account>);
    expect(discord.memberRoles(added.id, mia.id)).toEqual([added.memberRoleId]);

    // Disconnecting again changes nothing.
    const again = await app.inject({ method: 'DELETE', url: `/api/settings/platforms/discord/${added.id}`, headers });
    expect(again.json()).toEqual({ detached: false, commands: 'unavailable' });
  });

  it('serves a server another process connected within seconds, without being told', async () => {
    const liam = discord.newUser('liam');
    await addMember('Liam', added.id, liam.id);
    const before = discord.dispatchMessage({ author: liam, content: AD, guildId: added.id });
    await syncPoint(liam);
    expect(deleted(before.id)).toBe(false);
    // Another process (an API replica) connects it: this bot hears nothing of it, and reads the attachment again
    // once what it remembered expires (ATTACHED_GUILDS_TTL_MS).
    await system.core.attachGuild({ actor: systemActor(communityId, 'replica'), communityId, guildId: added.id });
    const sent: unknown[] = [];
    for (const started = Date.now(); !sent.some(deleted); ) {
      if (Date.now() - started > 15_000) throw new Error('the server connected elsewhere was never moderated');
      sent.push(discord.dispatchMessage({ author: liam, content: `${AD} #${sent.length}`, guildId: added.id }).id);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(deleted(before.id)).toBe(false);
  });

  it('refuses a malformed server id and a member who is not an owner: nothing changes', async () => {
    const malformed = await app.inject({
      method: 'DELETE',
      url: '/api/settings/platforms/discord/not-a-guild',
      headers: { ...headers, 'accept-language': 'zh-CN' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(await system.ports.communities.findByWorkspace('discord', home.id)).toMatchObject({ id: communityId });
    const anonymous = await app.inject({ method: 'DELETE', url: `/api/settings/platforms/discord/${home.id}` });
    expect(anonymous.statusCode).toBe(401);
    expect(await system.ports.communities.findByWorkspace('discord', home.id)).toMatchObject({ id: communityId });
  });
});
