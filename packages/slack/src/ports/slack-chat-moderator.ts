import type { ChatAuthorRef, ChatMessageRef, ChatModerator, OutboundMessage } from '@snowball/core';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import type { SlackClients } from './slack-clients.js';
import { renderOutbound } from './slack-messenger.js';
import { type RateLimitRetryOptions, slackErrorCode, withRateLimitRetry } from './with-rate-limit-retry.js';

// Slack's answers when the app may not remove someone else's message (a bot token can remove only the app's own
// posts; an admin's user token is needed for members' messages).
const NOT_PERMITTED = new Set(['cant_delete_message', 'missing_scope', 'restricted_action', 'not_in_channel']);
const ALREADY_GONE = new Set(['message_not_found']);

/**
 * Automatic moderation on Slack over the workspace's Web API client (paced per method tier, rate limits waited
 * out): `chat.delete` where the app has the rights (otherwise the caller asks the moderators to remove the
 * message), no timeouts (Slack has none for apps: the ladder's timeout is a warning there), and posts to the
 * moderators' log channel.
 */
export class SlackChatModerator implements ChatModerator {
  constructor(
    private readonly deps: {
      readonly bots: SlackBotSource;
      readonly clients: SlackClients;
      readonly retry?: RateLimitRetryOptions | undefined;
    },
  ) {}

  async deleteMessage(message: ChatMessageRef): Promise<'removed' | 'not-permitted'> {
    const client = await this.clientFor(message.workspaceId);
    try {
      await withRateLimitRetry(
        () => client.chat.delete({ channel: message.channelId, ts: message.messageId }),
        this.deps.retry,
      );
      return 'removed';
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && ALREADY_GONE.has(code)) return 'removed';
      if (code && NOT_PERMITTED.has(code)) return 'not-permitted';
      throw error;
    }
  }

  async timeout(_author: ChatAuthorRef, _until: Date, _reason: string): Promise<boolean> {
    return false;
  }

  async post(
    channel: { readonly workspaceId: string; readonly channelId: string },
    message: OutboundMessage,
  ): Promise<void> {
    const client = await this.clientFor(channel.workspaceId);
    const { text, blocks } = renderOutbound(message);
    await withRateLimitRetry(
      () =>
        client.chat.postMessage({ channel: channel.channelId, text, blocks, unfurl_links: false, unfurl_media: false }),
      this.deps.retry,
    );
  }

  private async clientFor(teamId: string) {
    const bot = await this.deps.bots.botFor(teamId);
    if (!bot) throw new Error(`Slack app not installed in ${teamId}`);
    return this.deps.clients.clientFor(bot.token);
  }
}
