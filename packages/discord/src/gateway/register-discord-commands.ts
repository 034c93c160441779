import { type CommandDefinition, catalogue } from '@snowball/commands';
import { type REST, Routes } from 'discord.js';
import { type DiscordLogger, silentDiscordLogger } from '../discord-logger.js';
import { commandRegistrations } from '../render/command-registrations.js';

export interface CommandRegistrationResult {
  readonly registered: readonly string[];
  readonly failed: readonly { readonly guildId: string; readonly error: unknown }[];
}

/**
 * Registers the catalogue as guild commands in every guild with one bulk overwrite each (PUT replaces the
 * guild's commands, so running it again changes nothing). Needs only REST: HTTP-interactions deployments
 * without a gateway connection call it too. A guild that fails is reported, not fatal for the others.
 */
export async function registerDiscordCommands(options: {
  readonly rest: Pick<REST, 'put'>;
  readonly applicationId: string;
  readonly guildIds: readonly string[];
  readonly commands?: readonly CommandDefinition[];
  readonly logger?: DiscordLogger;
}): Promise<CommandRegistrationResult> {
  const logger = options.logger ?? silentDiscordLogger;
  const body = commandRegistrations(options.commands ?? catalogue);
  const registered: string[] = [];
  const failed: { guildId: string; error: unknown }[] = [];
  for (const guildId of options.guildIds) {
    try {
      await options.rest.put(Routes.applicationGuildCommands(options.applicationId, guildId), { body });
      registered.push(guildId);
      logger.info({ guildId, commands: body.length }, 'commands registered');
    } catch (error) {
      failed.push({ guildId, error });
      logger.error({ err: error, guildId }, 'could not register commands (is the bot in this guild?)');
    }
  }
  return { registered, failed };
}
