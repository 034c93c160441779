import type { ChatAuthorRef, ChatMessageRef, ChatModerator, OutboundMessage } from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode } from '../discord-errors.js';
import { renderReply } from '../render/render-reply.js';

// Discord shows at most 512 characters of an audit-log reason.
const REASON_LENGTH = 512;

/**
 * Automatic moderation's hands on Discord, over the bot's REST client (paced like every bot call, 429s waited out,
 * 5xx retried by discord.js): deletes a message (Manage Messages), times a member out (Moderate Members) and posts
 * to the moderators' log channel. Each call repeated has no further effect: a message already gone counts as
 * deleted, and a timeout sets the same end again.
 */
export class DiscordChatModerator implements ChatModerator {
  constructor(private readonly rest: Pick<REST, 'delete' | 'patch' | 'post'>) {}

  async deleteMessage(message: ChatMessageRef): Promise<'removed' | 'not-permitted'> {
    try {
      await this.rest.delete(Routes.channelMessage(message.channelId, message.messageId), {
        reason: 'snowball automatic moderation',
      });
      return 'removed';
    } catch (error) {
      const code = discordErrorCode(error);
      if (code === DiscordErrorCode.UnknownMessage) return 'removed';
      if (code === DiscordErrorCode.MissingPermissions || code === DiscordErrorCode.MissingAccess)
        return 'not-permitted';
      throw error;
    }
  }

  async timeout(author: ChatAuthorRef, until: Date, reason: string): Promise<boolean> {
    try {
      await this.rest.patch(Routes.guildMember(author.workspaceId, author.platformUserId), {
        body: { communication_disabled_until: until.toISOString() },
        reason: [...reason].slice(0, REASON_LENGTH).join(''),
      });
      return true;
    } catch (error) {
      const code = discordErrorCode(error);
      // Not allowed (the member ranks above the bot, or is the owner), or no longer in the guild.
      if (
        code === DiscordErrorCode.MissingPermissions ||
        code === DiscordErrorCode.MissingAccess ||
        code === DiscordErrorCode.UnknownMember
      ) {
        return false;
      }
      throw error;
    }
  }

  async post(channel: { readonly channelId: string }, message: OutboundMessage): Promise<void> {
    const payload = renderReply({
      kind: 'message',
      private: false,
      text: message.text,
      ...(message.title ? { title: message.title } : {}),
      ...(message.fields ? { fields: message.fields } : {}),
    });
    await this.rest.post(Routes.channelMessages(channel.channelId), {
      body: { ...payload, allowed_mentions: { parse: [] } },
    });
  }
}
