import { FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { checkDiscordConnection, DISCORD_CHECK_TEXTS } from './check-discord-connection.js';

describe('Discord connection health, asked through discord.js REST against the fake', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: 3 });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const rest = () => createDiscordRest({ token: fake.token, apiUrl: fake.url });
  const failed = async (guildId: string, memberRoleId: string | null) =>
    (await checkDiscordConnection(rest(), { guildId, memberRoleId })).checks.filter((c) => !c.ok).map((c) => c.id);

  it('passes a guild where the bot is in, may manage roles, and sits above the member role', async () => {
    const guild = fake.guilds[0];
    const health = await checkDiscordConnection(rest(), {
      guildId: guild?.id ?? '',
      memberRoleId: guild?.memberRoleId ?? null,
    });
    expect(health.ok).toBe(true);
    expect(health.checks.map((c) => c.id)).toEqual(['botInGuild', 'manageRoles', 'memberRole', 'roleOrder']);
  });

  it('finds the bot role below the member role, and a missing Manage Roles', async () => {
    const guild = fake.guilds[1];
    fake.setRoleLayout(guild?.id ?? '', { botRolePosition: 1, memberRolePosition: 3 });
    expect(await failed(guild?.id ?? '', guild?.memberRoleId ?? null)).toEqual(['roleOrder']);
    fake.setRoleLayout(guild?.id ?? '', { botPermissions: '0' });
    expect(await failed(guild?.id ?? '', guild?.memberRoleId ?? null)).toEqual(['manageRoles', 'roleOrder']);
    // Every failure explains itself and its fix in both languages.
    for (const id of ['manageRoles', 'roleOrder'] as const) {
      expect(DISCORD_CHECK_TEXTS[id].fix['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(DISCORD_CHECK_TEXTS[id].fix.en).toMatch(/Roles/);
    }
  });

  it('finds a bot that is not in the guild, and a member role that does not exist', async () => {
    const guild = fake.guilds[2];
    expect(await failed(guild?.id ?? '', '123456789012345678')).toEqual(['memberRole']);
    fake.setRoleLayout(guild?.id ?? '', { botInGuild: false });
    expect(await failed(guild?.id ?? '', guild?.memberRoleId ?? null)).toEqual(['botInGuild']);
  });
});
