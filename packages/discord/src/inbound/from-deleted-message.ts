import type { DeletedChatMessage } from '@snowball/commands';

/** What a deleted discord.js message (often a partial: id, channel and guild only) still says about itself. */
export interface DeletedDiscordMessageLike {
  readonly id: string;
  readonly channelId: string;
  readonly guildId: string | null;
}

/** A message deleted in one of the club's guilds, in neutral form; null for DMs and guilds snowball does not serve. */
export function fromDeletedMessage(
  message: DeletedDiscordMessageLike,
  guildIds: readonly string[],
): DeletedChatMessage | null {
  if (!message.guildId || !guildIds.includes(message.guildId)) return null;
  return { platform: 'discord', workspaceId: message.guildId, channelId: message.channelId, messageId: message.id };
}
