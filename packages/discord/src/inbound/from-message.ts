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
  /** Set once the message was edited. */
  readonly editedAt?: Date | null;
  /** The author as a member of the guild, with their permissions in the channel's guild. */
  readonly member?: { readonly permissions: { has(permission: bigint): boolean } } | null;
  readonly mentions?: {
    readonly everyone: boolean;
    readonly users: { readonly size: number };
    readonly roles: { readonly size: number };
  };
}

// Discord's Manage Messages permission bit: the server's moderators (and the owner, who has every permission).
const MANAGE_MESSAGES = 1n << 13n;

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
    ...(message.editedAt ? { editedAt: message.editedAt } : {}),
    ...mentionCount(message),
    ...(message.member?.permissions.has(MANAGE_MESSAGES) ? { authorIsModerator: true } : {}),
  };
}

/** People the message pings as Discord resolved them; `@everyone` is left to the text rules, which see it. */
function mentionCount(message: DiscordMessageLike): { mentionCount?: number } {
  if (!message.mentions || message.mentions.everyone) return {};
  const count = message.mentions.users.size + message.mentions.roles.size;
  return count > 0 ? { mentionCount: count } : {};
}
