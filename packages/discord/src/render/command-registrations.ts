import type { CommandDefinition, OptionDefinition } from '@snowball/commands';
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

/** Discord's largest allowed `max_length` for a string option. */
const STRING_OPTION_MAX = 6000;

function option(o: OptionDefinition): APIApplicationCommandBasicOption {
  const base = {
    name: o.name,
    description: o.description.en,
    description_localizations: { 'zh-CN': o.description['zh-CN'] },
    required: o.required ?? false,
  };
  if (o.type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
  if (o.type === 'string') {
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(o.maxLength !== undefined ? { max_length: Math.min(o.maxLength, STRING_OPTION_MAX) } : {}),
      ...(o.choices?.length
        ? {
            choices: o.choices.map((c) => ({
              name: c.label.en,
              name_localizations: { 'zh-CN': c.label['zh-CN'] },
              value: c.value,
            })),
          }
        : {}),
    };
  }
  return {
    ...base,
    type: OPTION_TYPES[o.type],
    ...(o.min !== undefined ? { min_value: o.min } : {}),
    ...(o.max !== undefined ? { max_value: o.max } : {}),
  } as APIApplicationCommandBasicOption;
}

/**
 * The catalogue as Discord guild commands, for one bulk overwrite: slash commands with zh-CN name and
 * description localizations and typed options (subcommands when the definition has them), and message
 * menus (e.g. "Report message") named by their description. Guild-only: the club is chosen by the guild.
 */
export function commandRegistrations(commands: readonly CommandDefinition[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((command): RESTPostAPIApplicationCommandsJSONBody => {
    if (command.type === 'message') {
      return {
        type: ApplicationCommandType.Message,
        name: command.description.en,
        name_localizations: { 'zh-CN': command.description['zh-CN'] },
      };
    }
    const subcommands = command.subcommands?.map(
      (s): APIApplicationCommandSubcommandOption => ({
        type: ApplicationCommandOptionType.Subcommand,
        name: s.name,
        description: s.description.en,
        description_localizations: { 'zh-CN': s.description['zh-CN'] },
        options: (s.options ?? []).map(option),
      }),
    );
    const localizedName = command.localizedName?.['zh-CN'];
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      ...(localizedName ? { name_localizations: { 'zh-CN': localizedName } } : {}),
      description: command.description.en,
      description_localizations: { 'zh-CN': command.description['zh-CN'] },
      options: subcommands?.length ? subcommands : (command.options ?? []).map(option),
    };
  });
}
