import { createHash } from 'node:crypto';
import type { ChatAuthorRef, ChatMessageRef, ChatModerator, OutboundMessage } from '@snowball/core';
import { renderCard } from '../render/render-card.js';
import type { FeishuClient } from './feishu-client.js';
import { FeishuApiError, type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';
import { sendCard } from './send-card.js';

/** A pace of calls (`@snowball/rate-limit`'s CallLimiter: Redis-backed, so processes share it). */
export interface FeishuCallLimiter {
  acquire(rule: { readonly key: string; readonly limit: number; readonly periodMs: number }): Promise<void>;
}

// The message was recalled already (by its author or by us on an earlier delivery).
const ALREADY_RECALLED = new Set([230011]);
// No rights to recall someone else's message: the app is not the group's owner or an administrator, or not in it.
const NOT_PERMITTED = new Set([230027, 230002, 230006, 231003]);

/** Feishu allows an app 50 message calls a second; the moderation actions keep below it across processes. */
export function feishuModerationRule(appId: string) {
  return { key: `feishu:${appId}:moderation`, limit: 40, periodMs: 1000 };
}

/**
 * Automatic moderation on Feishu through the SDK client: recalls a member's group message (allowed when the app
 * owns or administers the group; otherwise the moderators are asked), no timeouts (Feishu has no per-member mute
 * for apps: the ladder's timeout is a warning there), and posts cards to the moderators' log chat. Every call takes
 * a slot of the app's pace when a limiter is given; rate limits are waited out.
 */
export class FeishuChatModerator implements ChatModerator {
  constructor(
    private readonly deps: {
      readonly client: FeishuClient;
      readonly appId: string;
      readonly limiter?: FeishuCallLimiter | undefined;
      readonly retry?: FeishuRetryOptions | undefined;
    },
  ) {}

  async deleteMessage(message: ChatMessageRef): Promise<'removed' | 'not-permitted'> {
    await this.pace();
    try {
      await withFeishuRetry(
        () => this.deps.client.im.v1.message.delete({ path: { message_id: message.messageId } }),
        this.deps.retry,
      );
      return 'removed';
    } catch (error) {
      if (error instanceof FeishuApiError && ALREADY_RECALLED.has(error.code)) return 'removed';
      if (error instanceof FeishuApiError && NOT_PERMITTED.has(error.code)) return 'not-permitted';
      throw error;
    }
  }

  async timeout(_author: ChatAuthorRef, _until: Date, _reason: string): Promise<boolean> {
    return false;
  }

  async post(channel: { readonly channelId: string }, message: OutboundMessage): Promise<void> {
    await this.pace();
    const card = renderCard({ title: message.title, text: message.text, fields: message.fields });
    // The same log entry posted again (a retried call) is delivered once by Feishu.
    const uuid = `mod-${createHash('sha256')
      .update(`${channel.channelId}\n${JSON.stringify(card)}`)
      .digest('hex')
      .slice(0, 40)}`;
    await sendCard(this.deps.client, { receiveIdType: 'chat_id', receiveId: channel.channelId }, card, {
      uuid,
      ...(this.deps.retry ? { retry: this.deps.retry } : {}),
    });
  }

  private async pace(): Promise<void> {
    await this.deps.limiter?.acquire(feishuModerationRule(this.deps.appId));
  }
}
