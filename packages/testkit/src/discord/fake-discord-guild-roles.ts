import { DISCORD_APP_PERMISSIONS, DISCORD_MEMBER_PERMISSIONS, type DiscordJson } from './discord-payloads.js';
import type { FakeDiscordWorld } from './fake-discord-world.js';

/** How a guild's roles stand for the bot: what connection-health checks read (`GET /guilds/:id/roles`, the bot's member). */
export interface FakeDiscordRoleLayout {
  /** False: the bot was never invited (or was kicked): its member and the guild's roles answer 404/403. */
  readonly botInGuild: boolean;
  readonly botRolePosition: number;
  readonly memberRolePosition: number;
  /** The bot role's permission bits (decimal string); the default includes Manage Roles. */
  readonly botPermissions: string;
}

export const DEFAULT_ROLE_LAYOUT: FakeDiscordRoleLayout = {
  botInGuild: true,
  botRolePosition: 2,
  memberRolePosition: 1,
  botPermissions: DISCORD_APP_PERMISSIONS,
};

/** The bot's own role in a guild: a stable id derived from the guild's, so every read names the same role. */
export function botRoleIdOf(guildId: string): string {
  return (BigInt(guildId) + 7n).toString();
}

function role(id: string, name: string, position: number, permissions: string, managed = false): DiscordJson {
  return {
    id,
    name,
    description: null,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed,
    mentionable: false,
    flags: 0,
  };
}

/**
 * Answers the routes a connection-health check calls: the bot user, the bot's guild member, the guild's roles.
 * Null for any other route.
 */
export function serveGuildRoles(
  world: FakeDiscordWorld,
  route: string,
  params: Record<string, string>,
): { status: number; body?: unknown } | null {
  const error = (code: number, status: number, message: string) => ({ status, body: { message, code } });
  if (route === 'getCurrentUser') {
    return {
      status: 200,
      body: {
        id: world.bot.id,
        username: world.bot.username,
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
      },
    };
  }
  if (route !== 'getGuildMember' && route !== 'listGuildRoles') return null;
  const guild = world.guilds.find((g) => g.id === params.guildId);
  const layout = world.roleLayouts.get(String(params.guildId)) ?? DEFAULT_ROLE_LAYOUT;
  if (!guild || !layout.botInGuild) {
    return route === 'listGuildRoles' ? error(50001, 403, 'Missing Access') : error(10004, 404, 'Unknown Guild');
  }
  if (route === 'listGuildRoles') {
    return {
      status: 200,
      body: [
        role(guild.id, '@everyone', 0, DISCORD_MEMBER_PERMISSIONS),
        role(guild.memberRoleId, 'Member', layout.memberRolePosition, '0'),
        role(botRoleIdOf(guild.id), 'snowball', layout.botRolePosition, layout.botPermissions, true),
      ],
    };
  }
  if (params.userId !== world.bot.id) {
    const user = world.users.get(String(params.userId));
    if (!user) return error(10007, 404, 'Unknown Member');
  }
  const roles =
    params.userId === world.bot.id
      ? [botRoleIdOf(guild.id)]
      : [...(world.roles.get(`${guild.id}:${params.userId}`) ?? [])];
  return {
    status: 200,
    body: {
      user: { id: params.userId, username: 'member', discriminator: '0', global_name: null, avatar: null },
      roles,
      joined_at: '2026-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    },
  };
}
