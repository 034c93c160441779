import { DiscordAPIError, type REST, Routes } from 'discord.js';

/** A role of a guild as the member-role choice needs it. */
export interface DiscordGuildRole {
  readonly id: string;
  readonly name: string;
  /** Managed by an integration (a bot's own role): Discord refuses to give it to anyone. */
  readonly managed: boolean;
}

/**
 * The roles of a guild, asked with the bot's own REST client, to check a member role chosen in Settings.
 * Null when the bot cannot see the guild (not invited, or removed); other errors (Discord down, a bad token)
 * are thrown: they say nothing about the guild.
 */
export async function discordGuildRoles(rest: Pick<REST, 'get'>, guildId: string): Promise<DiscordGuildRole[] | null> {
  try {
    const roles = (await rest.get(Routes.guildRoles(guildId))) as { id: string; name: string; managed?: boolean }[];
    return roles.map((r) => ({ id: r.id, name: r.name, managed: r.managed === true }));
  } catch (error) {
    if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}
