import type { ConnectionHealth } from '@snowball/admin-api';
import { createDiscordRest, reportDiscordConnections } from '@snowball/discord';
import type { Config } from '../config.js';

/**
 * The Settings screen's connection health: Discord asked with the bot's own REST client (in the guild, Manage
 * Roles, above the member role). Undefined without a bot token: there is nothing to ask with.
 */
export function discordConnectionHealth(config: Config): ConnectionHealth | undefined {
  const token = config.DISCORD_TOKEN;
  if (!token) return undefined;
  const rest = createDiscordRest({ token, apiUrl: config.DISCORD_API_URL });
  return async ({ discordGuilds }) =>
    reportDiscordConnections(rest, { guildIds: discordGuilds, memberRoleId: config.DISCORD_MEMBER_ROLE_ID ?? null });
}
