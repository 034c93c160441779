import type { ChatMessage } from '@snowball/commands';

/** The parts of a discord.js `Message` that moderation needs (a plain object with them works too). */
export interface DiscordMessageLike {
  readonly id: string;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly author: { readonly id: string; readonly bot: boolean };
  readonly webhookId: string | null;
  readonly system: boolean;
  readonly content: string;
  readonly createdAt: Date;
}

/**
 * A Discord message as a neutral chat message for moderation, or null when it is not a person writing in
 * one of the club's guilds: DMs (they belong to no club), bots and webhooks (our own replies included),
 * system messages, and guilds snowball does not serve.
 */
export function fromMessage(message: DiscordMessageLike, guildIds: readonly string[]): ChatMessage | null {
  if (!message.guildId || !guildIds.includes(message.guildId)) return null;
  if (message.author.bot || message.webhookId || message.system) return null;
  return {
    platform: 'discord',
    workspaceId: message.guildId,
    channelId: message.channelId,
    messageId: message.id,
    authorId: message.author.id,
    content: message.content,
    at: message.createdAt,
  };
}
