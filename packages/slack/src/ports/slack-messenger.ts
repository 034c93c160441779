import { DeliveryError, type Messenger, type OutboundMessage, type PlatformAccount } from '@snowball/core';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import { renderBlocks } from '../render/render-blocks.js';
import type { SlackClients } from './slack-clients.js';
import {
  type RateLimitRetryOptions,
  SlackRateLimitedError,
  slackErrorCode,
  withRateLimitRetry,
} from './with-rate-limit-retry.js';

// Errors after which another attempt can never succeed: the person or the bot cannot receive DMs.
const PERMANENT = new Set([
  'user_not_found',
  'cannot_dm_bot',
  'account_inactive',
  'user_disabled',
  'invalid_auth',
  'token_revoked',
  'not_authed',
  'is_archived',
  'restricted_action',
  'messages_tab_disabled',
]);

/** Renders a neutral DM as the same Block Kit as command replies. */
export function renderOutbound(message: OutboundMessage) {
  return renderBlocks({
    kind: 'message',
    private: true,
    title: message.title,
    text: message.text,
    fields: message.fields,
    buttons: message.buttons,
  });
}

/**
 * DMs members on Slack: `chat.postMessage` to the user id (Slack opens the app DM), falling back to
 * `conversations.open` when refused. Rate limits are waited out as Slack asks; errors that can never
 * succeed are `DeliveryError(permanent)`, anything else a retryable `DeliveryError`.
 */
export class SlackMessenger implements Messenger {
  constructor(
    private readonly deps: {
      readonly bots: SlackBotSource;
      readonly clients: SlackClients;
      readonly retry?: RateLimitRetryOptions;
    },
  ) {}

  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    if (account.platform !== 'slack') throw new DeliveryError(`not a Slack account: ${account.platform}`, true);
    const bot = await this.deps.bots.botFor(account.workspaceId);
    if (!bot) throw new DeliveryError(`Slack app not installed in ${account.workspaceId}`, true);
    const client = this.deps.clients.clientFor(bot.token);
    const { text, blocks } = renderOutbound(message);
    const post = (channel: string) =>
      withRateLimitRetry(
        () => client.chat.postMessage({ channel, text, blocks, unfurl_links: false, unfurl_media: false }),
        this.deps.retry,
      );
    try {
      try {
        await post(account.platformUserId);
      } catch (error) {
        if (slackErrorCode(error) !== 'channel_not_found') throw error;
        const opened = await withRateLimitRetry(
          () => client.conversations.open({ users: account.platformUserId }),
          this.deps.retry,
        );
        if (!opened.channel?.id) throw error;
        await post(opened.channel.id);
      }
    } catch (error) {
      throw toDeliveryError(error);
    }
  }
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof SlackRateLimitedError) return new DeliveryError(error.message, false);
  const code = slackErrorCode(error);
  if (code) return new DeliveryError(`Slack refused the DM: ${code}`, PERMANENT.has(code));
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
