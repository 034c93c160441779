import type { Platform } from '../domain/member.js';
import type { OutboundMessage } from './messenger.js';

/** A club channel on one platform: a Discord channel, a Slack channel of a team, a Feishu group chat. */
export interface ChannelRef {
  readonly platform: Platform;
  /** Discord guild, Slack team, Feishu tenant (the Slack client is chosen by it). */
  readonly workspaceId: string;
  readonly channelId: string;
}

/** A message the bot posted in a channel, as the platform names it (a Discord message id, a Slack ts, a Feishu om_). */
export interface PostedMessageRef extends ChannelRef {
  readonly messageId: string;
}

/**
 * Posts the bot's own messages to club channels (the staff channel's question cards, the weekly digest) and edits
 * them in place. Implemented per platform over its API client; used by the worker. Failures throw
 * `DeliveryError` (permanent when the channel is gone or the bot may not post there).
 */
export interface ChannelPublisher {
  /**
   * Posts the message and returns where it is. `dedupeKey` makes a repeat of the same call post at most once where
   * the platform offers it (Discord's enforced nonce, Feishu's uuid); Slack has no such key, so callers claim the
   * post in the database first.
   */
  post(
    channel: ChannelRef,
    message: OutboundMessage,
    options?: { readonly dedupeKey?: string },
  ): Promise<PostedMessageRef>;
  /** Replaces the text, fields and buttons of a message the bot posted earlier. */
  update(ref: PostedMessageRef, message: OutboundMessage): Promise<void>;
}

/** One publisher over several platforms: each call goes to the platform it names; an absent platform throws. */
export function routeChannelPublishers(byPlatform: Partial<Record<Platform, ChannelPublisher>>): ChannelPublisher {
  const pick = (platform: Platform): ChannelPublisher => {
    const publisher = byPlatform[platform];
    if (!publisher) throw new Error(`no channel publisher for ${platform}`);
    return publisher;
  };
  return {
    post: (channel, message, options) => pick(channel.platform).post(channel, message, options),
    update: (ref, message) => pick(ref.platform).update(ref, message),
  };
}
