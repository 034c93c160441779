import type { Caller, CommandDefinition, Invocation, OptionValue } from '@snowball/commands';
import { catalogue } from '@snowball/commands';
import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
} from 'discord.js';
import { parseDmCustomId } from './dm-custom-id.js';

type DataOption = APIApplicationCommandInteractionDataOption;

/** The options of a slash command as neutral values, with the subcommand they belong to. */
function readOptions(options: readonly DataOption[] | undefined): {
  subcommand: string | null;
  values: Record<string, OptionValue>;
} {
  const values: Record<string, OptionValue> = {};
  for (const o of options ?? []) {
    if (o.type === ApplicationCommandOptionType.Subcommand) {
      return { subcommand: o.name, values: readOptions(o.options).values };
    }
    if (o.type === ApplicationCommandOptionType.SubcommandGroup) {
      // The neutral definitions have no groups; the subcommand inside names what to run.
      return readOptions(o.options);
    }
    // Users, channels, roles, mentionables and attachments arrive as snowflake ids: strings.
    if ('value' in o && (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean')) {
      values[o.name] = o.value;
    }
  }
  return { subcommand: null, values };
}

/** Text the person entered in a modal, by input custom id: from Label (type 18) and older action-row layouts. */
function readModalValues(components: readonly unknown[]): Record<string, string> {
  const values: Record<string, string> = {};
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const c = node as {
      custom_id?: unknown;
      value?: unknown;
      values?: unknown;
      components?: unknown;
      component?: unknown;
    };
    if (typeof c.custom_id === 'string' && typeof c.value === 'string') values[c.custom_id] = c.value;
    else if (typeof c.custom_id === 'string' && Array.isArray(c.values)) values[c.custom_id] = c.values.join(',');
    if (Array.isArray(c.components)) c.components.forEach(visit);
    if (c.component) visit(c.component);
  };
  components.forEach(visit);
  return values;
}

/**
 * A raw Discord interaction (gateway INTERACTION_CREATE or HTTP interaction body) as a neutral invocation:
 * slash commands with their subcommand and typed options, buttons (the custom id is the action id),
 * modal submissions (the custom id is the form's action, values by input id), and the message menu that
 * reports a message. Null for what snowball does not handle: pings, autocomplete, select menus, other
 * menus, and anything outside a guild (the guild selects the club) except components the bot sent into a
 * DM, whose custom ids name their guild (see dmCustomId).
 */
export function fromInteraction(
  interaction: APIInteraction,
  commands: readonly CommandDefinition[] = catalogue,
): Invocation | null {
  if (interaction.type === InteractionType.Ping) return null;
  // Outside a guild only components the bot sent into a DM can act: their custom id names the guild.
  const customId =
    interaction.type === InteractionType.MessageComponent || interaction.type === InteractionType.ModalSubmit
      ? interaction.data.custom_id
      : null;
  const dm = !interaction.guild_id && customId ? parseDmCustomId(customId) : null;
  const workspaceId = interaction.guild_id ?? dm?.guildId;
  if (!workspaceId) return null;
  const user = interaction.member?.user ?? interaction.user;
  if (!user) return null;
  const caller: Caller = {
    platform: 'discord',
    workspaceId,
    userId: user.id,
    userName: interaction.member?.nick || user.global_name || user.username,
    locale: interaction.locale ?? null,
    channelId: interaction.channel?.id ?? interaction.channel_id ?? null,
  };
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const { data } = interaction;
      if (data.type === ApplicationCommandType.ChatInput) {
        const { subcommand, values } = readOptions(data.options);
        return { type: 'command', caller, name: data.name, subcommand, options: values };
      }
      if (data.type === ApplicationCommandType.Message) {
        // Message menus are registered under their description (the menu label), so they are matched by it.
        const command = commands.find((c) => c.type === 'message' && c.description.en === data.name);
        const message = data.resolved.messages[data.target_id];
        if (!command || !message) return null;
        return {
          type: 'report',
          caller,
          command: command.name,
          messageId: message.id,
          channelId: message.channel_id,
          authorId: message.author.id,
          content: message.content,
          ...timeOf(message.timestamp),
        };
      }
      return null;
    }
    case InteractionType.MessageComponent:
      if (interaction.data.component_type !== ComponentType.Button) return null;
      return { type: 'action', caller, action: dm?.action ?? interaction.data.custom_id };
    case InteractionType.ModalSubmit:
      return {
        type: 'form',
        caller,
        action: dm?.action ?? interaction.data.custom_id,
        values: readModalValues(interaction.data.components),
      };
    default:
      return null;
  }
}

/** The message's time (Discord's ISO `timestamp`), when it parses. */
function timeOf(timestamp: string | undefined): { at?: Date } {
  const at = timestamp ? new Date(timestamp) : null;
  return at && Number.isFinite(at.getTime()) ? { at } : {};
}
