import { createHash } from 'node:crypto';
import {
  type ChannelPublisher,
  type ChannelRef,
  DeliveryError,
  type OutboundMessage,
  type PostedMessageRef,
} from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode, discordHttpStatus } from '../discord-errors.js';
import { type DiscordMessagePayload, renderReply } from '../render/render-reply.js';

// Discord takes a nonce of at most 25 characters.
const NONCE_LENGTH = 25;

/**
 * Posts the bot's messages to guild channels over REST (paced, 429s waited out, 5xx retried by discord.js) and edits
 * them in place. A `dedupeKey` becomes an enforced nonce, so Discord answers a repeat of the same post (a retry after
 * a lost answer) with the message it already created instead of a second one. Buttons carry their action as is: a
 * click in a guild channel names its guild, which selects the club.
 */
export class DiscordChannelPublisher implements ChannelPublisher {
  constructor(private readonly rest: Pick<REST, 'post' | 'patch'>) {}

  async post(
    channel: ChannelRef,
    message: OutboundMessage,
    options: { readonly dedupeKey?: string } = {},
  ): Promise<PostedMessageRef> {
    const body = {
      ...renderChannelMessage(message),
      ...(options.dedupeKey ? { nonce: nonceOf(options.dedupeKey), enforce_nonce: true } : {}),
    };
    try {
      const posted = (await this.rest.post(Routes.channelMessages(channel.channelId), { body })) as { id: string };
      return { ...channel, messageId: posted.id };
    } catch (error) {
      throw toDeliveryError(error, 'post');
    }
  }

  async update(ref: PostedMessageRef, message: OutboundMessage): Promise<void> {
    try {
      await this.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), {
        body: renderChannelMessage(message),
      });
    } catch (error) {
      throw toDeliveryError(error, 'update');
    }
  }
}

/** A channel post as embeds and buttons; mentions in members' text never ping anyone. */
function renderChannelMessage(message: OutboundMessage): DiscordMessagePayload {
  const payload = renderReply({
    kind: 'message',
    private: false,
    text: message.text,
    ...(message.title ? { title: message.title } : {}),
    ...(message.fields ? { fields: message.fields } : {}),
    buttons: message.buttons ?? [],
  });
  // `components` is always sent (empty when there are no buttons), so an update clears buttons that no longer apply.
  return payload;
}

function nonceOf(key: string): string {
  return key.length <= NONCE_LENGTH ? key : createHash('sha256').update(key).digest('base64url').slice(0, NONCE_LENGTH);
}

function toDeliveryError(error: unknown, what: 'post' | 'update'): DeliveryError {
  const code = discordErrorCode(error);
  const status = discordHttpStatus(error);
  const detail = error instanceof Error ? error.message : String(error);
  const gone =
    code === DiscordErrorCode.UnknownChannel ||
    code === DiscordErrorCode.UnknownMessage ||
    code === DiscordErrorCode.MissingAccess ||
    code === DiscordErrorCode.MissingPermissions;
  if (gone || (status !== null && status >= 400 && status < 500 && status !== 429)) {
    return new DeliveryError(
      `Discord refused the channel ${what} (${status}${code ? `/${code}` : ''}): ${detail}`,
      true,
    );
  }
  return new DeliveryError(`Discord channel ${what} failed, will retry (${status ?? 'network'}): ${detail}`, false);
}
