import { buildApiServer } from '@snowball/admin-api';
import { systemActor } from '@snowball/core';
import { type ClubFixture, createClubFixture } from '@snowball/core/testing';
import { createDiscordRest, DiscordRoleSync } from '@snowball/discord';
import { botRoleIdOf, FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { discordGuildSetup } from './connection-health.js';

type Server = Awaited<ReturnType<typeof buildApiServer>>;

/** The panel's Settings → Platform connections, against the fake Discord through discord.js REST. */
describe('connecting a Discord server from the panel, with its member role, on the fake Discord', () => {
  let fake: FakeDiscord;
  let club: ClubFixture;
  let app: Server;
  let headers: Record<string, string>;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: 2 });
    club = await createClubFixture();
    const config = loadConfig({
      PORT: '4100',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.url,
    });
    app = await buildApiServer({
      core: club.core,
      config: { publicUrl: 'http://127.0.0.1:4100', discordGuildSetup: discordGuildSetup(config) },
      readiness: async () => ({ ok: true, checks: {} }),
    });
    await app.ready();
    const ownerId = club.owner.memberId;
    const { token } = await club.core.issueLoginLink({
      actor: systemActor(club.communityId, 'test'),
      communityId: club.communityId,
      memberId: ownerId,
      role: 'owner',
    });
    const login = await app.inject({ url: `/login?token=${encodeURIComponent(token)}` });
    const cookie = ([login.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? '';
    const session = await app.inject({ url: '/api/session', headers: { cookie } });
    headers = { cookie, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken };
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const connect = (body: object) =>
    app.inject({ method: 'POST', url: '/api/settings/platforms/discord', headers, payload: body });

  it('registers the commands in the server at once and keeps its own member role, which role sync then gives', async () => {
    const second = fake.guilds[1] as (typeof fake.guilds)[0];
    expect(fake.registeredCommands(second.id)).toEqual([]);
    const response = await connect({ guildId: second.id, memberRoleId: second.memberRoleId });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      attached: true,
      memberRoleId: second.memberRoleId,
      commands: 'registered',
      commandsError: null,
    });
    expect(fake.registeredCommands(second.id).map((c) => c.name)).toEqual(expect.arrayContaining(['apply', 'me']));

    const platforms = await app.inject({ url: '/api/settings/platforms', headers });
    expect(platforms.json()).toMatchObject({
      discordGuilds: [second.id],
      discordMemberRoles: { [second.id]: second.memberRoleId },
    });

    // What start-platforms wires: the server's own role, else DISCORD_MEMBER_ROLE_ID (here another server's).
    const first = fake.guilds[0] as (typeof fake.guilds)[0];
    const roleSync = new DiscordRoleSync(
      createDiscordRest({ token: fake.token, apiUrl: fake.url }),
      async (guildId) => (await club.ports.communities.workspaceMemberRole('discord', guildId)) ?? first.memberRoleId,
    );
    const user = fake.newUser('newcomer');
    const account = {
      communityId: club.communityId,
      platform: 'discord' as const,
      workspaceId: second.id,
      platformUserId: user.id,
      memberId: 'm1',
      linkedAt: new Date(),
    };
    await roleSync.grant(account);
    expect(fake.memberRoles(second.id, user.id)).toEqual([second.memberRoleId]);
    await roleSync.revoke(account);
    expect(fake.memberRoles(second.id, user.id)).toEqual([]);
  });

  it('refuses a role the server does not have, @everyone, the bot’s own role, or a server the bot is not in: nothing changes', async () => {
    const first = fake.guilds[0] as (typeof fake.guilds)[0];
    const second = fake.guilds[1] as (typeof fake.guilds)[0];
    for (const memberRoleId of [second.memberRoleId, first.id, botRoleIdOf(first.id)]) {
      const refused = await connect({ guildId: first.id, memberRoleId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'discord.role_unknown' } });
    }
    const english = await app.inject({
      method: 'POST',
      url: '/api/settings/platforms/discord',
      headers: { ...headers, 'accept-language': 'en' },
      payload: { guildId: first.id, memberRoleId: second.memberRoleId },
    });
    expect(english.json().error.message).toMatch(/^That role cannot be this Discord server’s member role/);
    const malformed = await connect({ guildId: first.id, memberRoleId: 'member' });
    expect(malformed.statusCode).toBe(400);
    fake.setRoleLayout(first.id, { botInGuild: false });
    const away = await connect({ guildId: first.id, memberRoleId: first.memberRoleId });
    expect(away.json()).toMatchObject({ error: { code: 'discord.bot_not_in_guild' } });
    expect(await club.ports.communities.findByWorkspace('discord', first.id)).toBeNull();
    expect(fake.registeredCommands(first.id)).toEqual([]);

    // Without a role the server is connected; the commands cannot be added while the bot is not in it.
    fake.failNext('registerCommands', { kind: 'error', code: 50001, status: 403 });
    const connected = await connect({ guildId: first.id });
    expect(connected.json()).toMatchObject({ attached: true, memberRoleId: null, commands: 'failed' });
    expect(connected.json().commandsError).toContain('Missing Access');
  });
});
