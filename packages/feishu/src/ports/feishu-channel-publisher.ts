import { createHash } from 'node:crypto';
import {
  type ChannelPublisher,
  type ChannelRef,
  DeliveryError,
  type OutboundMessage,
  type PostedMessageRef,
} from '@snowball/core';
import { type FeishuCard, renderCard } from '../render/render-card.js';
import type { FeishuCallLimiter } from './feishu-chat-moderator.js';
import type { FeishuClient } from './feishu-client.js';
import { FeishuApiError, type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';
import { sendCard } from './send-card.js';

// Answers after which another attempt can never succeed: a bad chat or message id, a recalled message, an app that
// is not in the chat or may not post or edit there.
const PERMANENT = new Set([230001, 230002, 230006, 230011, 230027, 232010, 99991672]);

/** Feishu allows an app 50 message calls a second; channel posts keep below it across processes. */
export function feishuChannelRule(appId: string) {
  return { key: `feishu:${appId}:channel-posts`, limit: 20, periodMs: 1000 };
}

/**
 * Posts the bot's cards to Feishu group chats (`POST /im/v1/messages` with `receive_id_type=chat_id`) and updates
 * them in place (`PATCH /im/v1/messages/:id`; every card is sent with `update_multi`, so everyone in the chat sees
 * the new version). A `dedupeKey` becomes the message uuid: Feishu delivers a repeat of the same post once.
 */
export class FeishuChannelPublisher implements ChannelPublisher {
  constructor(
    private readonly deps: {
      readonly client: FeishuClient;
      readonly appId: string;
      readonly limiter?: FeishuCallLimiter | undefined;
      readonly retry?: FeishuRetryOptions | undefined;
    },
  ) {}

  async post(
    channel: ChannelRef,
    message: OutboundMessage,
    options: { readonly dedupeKey?: string } = {},
  ): Promise<PostedMessageRef> {
    await this.deps.limiter?.acquire(feishuChannelRule(this.deps.appId));
    const card = cardOf(message);
    const uuid = options.dedupeKey
      ? `ch-${options.dedupeKey}`
      : `ch-${createHash('sha256')
          .update(`${channel.channelId}\n${JSON.stringify(card)}`)
          .digest('hex')
          .slice(0, 40)}`;
    try {
      const messageId = await sendCard(
        this.deps.client,
        { receiveIdType: 'chat_id', receiveId: channel.channelId },
        card,
        {
          uuid,
          ...(this.deps.retry ? { retry: this.deps.retry } : {}),
        },
      );
      if (!messageId) throw new DeliveryError('Feishu answered without a message id', false);
      return { ...channel, messageId };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  async update(ref: PostedMessageRef, message: OutboundMessage): Promise<void> {
    await this.deps.limiter?.acquire(feishuChannelRule(this.deps.appId));
    const content = JSON.stringify(cardOf(message));
    try {
      await withFeishuRetry(
        () => this.deps.client.im.v1.message.patch({ path: { message_id: ref.messageId }, data: { content } }),
        this.deps.retry,
      );
    } catch (error) {
      throw toDeliveryError(error);
    }
  }
}

function cardOf(message: OutboundMessage): FeishuCard {
  return renderCard({ title: message.title, text: message.text, fields: message.fields, buttons: message.buttons });
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof FeishuApiError) {
    if (error.rateLimited) return new DeliveryError(error.message, false);
    return new DeliveryError(error.message, PERMANENT.has(error.code));
  }
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
