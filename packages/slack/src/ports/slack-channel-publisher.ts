import {
  type ChannelPublisher,
  type ChannelRef,
  DeliveryError,
  type OutboundMessage,
  type PostedMessageRef,
} from '@snowball/core';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import { renderBlocks } from '../render/render-blocks.js';
import type { SlackClients } from './slack-clients.js';
import {
  type RateLimitRetryOptions,
  SlackRateLimitedError,
  slackErrorCode,
  withRateLimitRetry,
} from './with-rate-limit-retry.js';

// Answers after which another attempt can never succeed: the channel is gone, the bot is not in it, or may not post.
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'restricted_action',
  'invalid_auth',
  'token_revoked',
  'not_authed',
  'missing_scope',
]);

/**
 * Posts the bot's messages to Slack channels (`chat.postMessage`) and edits them (`chat.update`), over the
 * workspace's Web API client (paced per method tier, rate limits waited out). Slack offers no idempotency key, so
 * `dedupeKey` is not used: callers claim each post in the database before posting.
 */
export class SlackChannelPublisher implements ChannelPublisher {
  constructor(
    private readonly deps: {
      readonly bots: SlackBotSource;
      readonly clients: SlackClients;
      readonly retry?: RateLimitRetryOptions | undefined;
    },
  ) {}

  async post(channel: ChannelRef, message: OutboundMessage): Promise<PostedMessageRef> {
    const client = await this.clientFor(channel.workspaceId);
    const { text, blocks } = renderChannelMessage(message);
    try {
      const posted = await withRateLimitRetry(
        () =>
          client.chat.postMessage({
            channel: channel.channelId,
            text,
            blocks,
            unfurl_links: false,
            unfurl_media: false,
          }),
        this.deps.retry,
      );
      if (!posted.ts) throw new DeliveryError('Slack posted no message timestamp', false);
      return { ...channel, channelId: posted.channel ?? channel.channelId, messageId: posted.ts };
    } catch (error) {
      throw toDeliveryError(error, 'post');
    }
  }

  async update(ref: PostedMessageRef, message: OutboundMessage): Promise<void> {
    const client = await this.clientFor(ref.workspaceId);
    const { text, blocks } = renderChannelMessage(message);
    try {
      await withRateLimitRetry(
        () => client.chat.update({ channel: ref.channelId, ts: ref.messageId, text, blocks }),
        this.deps.retry,
      );
    } catch (error) {
      throw toDeliveryError(error, 'update');
    }
  }

  private async clientFor(teamId: string) {
    const bot = await this.deps.bots.botFor(teamId);
    if (!bot) throw new DeliveryError(`Slack app not installed in ${teamId}`, true);
    return this.deps.clients.clientFor(bot.token);
  }
}

/** A channel post as the same Block Kit as command replies (buttons as actions Bolt routes back). */
function renderChannelMessage(message: OutboundMessage) {
  return renderBlocks({
    kind: 'message',
    private: false,
    title: message.title,
    text: message.text,
    fields: message.fields,
    buttons: message.buttons ?? [],
  });
}

function toDeliveryError(error: unknown, what: 'post' | 'update'): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof SlackRateLimitedError) return new DeliveryError(error.message, false);
  const code = slackErrorCode(error);
  if (code) return new DeliveryError(`Slack refused the channel ${what}: ${code}`, PERMANENT.has(code));
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
