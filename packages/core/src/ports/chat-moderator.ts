import type { Platform } from '../domain/member.js';
import type { OutboundMessage } from './messenger.js';

/** A message in a club channel, as the platform names it. */
export interface ChatMessageRef {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly channelId: string;
  readonly messageId: string;
}

/** A person on one platform, linked to a member or not. */
export interface ChatAuthorRef {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly platformUserId: string;
}

/** Acts on a club's chat for automatic moderation (implemented per platform over its API client). */
export interface ChatModerator {
  /**
   * Removes a message. `removed` also when it was already gone; `not-permitted` when the app lacks the rights
   * (a Slack bot cannot remove other people's messages; a Feishu bot only as the group's owner or admin).
   */
  deleteMessage(message: ChatMessageRef): Promise<'removed' | 'not-permitted'>;
  /** Stops the person posting until `until`; false where the platform has no timeouts (Slack, Feishu). */
  timeout(author: ChatAuthorRef, until: Date, reason: string): Promise<boolean>;
  /** Posts a notice in a channel of the workspace (the moderators' log). */
  post(
    channel: { readonly platform: Platform; readonly workspaceId: string; readonly channelId: string },
    message: OutboundMessage,
  ): Promise<void>;
}

/** One moderator over several platforms: each call goes to the platform it names; an absent platform throws. */
export function routeChatModerators(byPlatform: Partial<Record<Platform, ChatModerator>>): ChatModerator {
  const pick = (platform: Platform): ChatModerator => {
    const moderator = byPlatform[platform];
    if (!moderator) throw new Error(`no chat moderator for ${platform}`);
    return moderator;
  };
  return {
    deleteMessage: (message) => pick(message.platform).deleteMessage(message),
    timeout: (author, until, reason) => pick(author.platform).timeout(author, until, reason),
    post: (channel, message) => pick(channel.platform).post(channel, message),
  };
}
