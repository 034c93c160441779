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

  /**
   * Introduces people in one multi-person DM with the bot: `conversations.open` with their user ids, then
   * `chat.postMessage` into it. False, having posted nothing, for accounts of another platform or workspace,
   * fewer than two or more than eight people, or a workspace where Slack will not open the group.
   */
  async introduce(accounts: readonly PlatformAccount[], message: OutboundMessage): Promise<boolean> {
    const [first] = accounts;
    if (!first || accounts.length < 2 || accounts.length > MPIM_MAX_PEOPLE) return false;
    if (accounts.some((a) => a.platform !== 'slack' || a.workspaceId !== first.workspaceId)) return false;
    const bot = await this.deps.bots.botFor(first.workspaceId);
    if (!bot) return false;
    const client = this.deps.clients.clientFor(bot.token);
    const users = [...new Set(accounts.map((a) => a.platformUserId))];
    if (users.length < 2) return false;
    let channel: string | undefined;
    try {
      const opened = await withRateLimitRetry(
        () => client.conversations.open({ users: users.join(',') }),
        this.deps.retry,
      );
      channel = opened.channel?.id;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && CANNOT_GROUP.has(code)) return false;
      throw toDeliveryError(error);
    }
    if (!channel) return false;
    const { text, blocks } = renderOutbound(message);
    try {
      await withRateLimitRetry(
        () => client.chat.postMessage({ channel, text, blocks, unfurl_links: false, unfurl_media: false }),
        this.deps.retry,
      );
    } catch (error) {
      throw toDeliveryError(error);
    }
    return true;
  }

  /**
   * Whether any of these people wrote in their multi-person DM with the bot since `since`: the same
   * `conversations.open` (Slack returns the existing group), then `conversations.history` from `since`. Null
   * when Slack cannot tell: other platforms or workspaces, no bot, no group, or no `mpim:history` scope.
   */
  async spokeSince(accounts: readonly PlatformAccount[], since: Date): Promise<boolean | null> {
    const [first] = accounts;
    if (!first || accounts.length < 2 || accounts.length > MPIM_MAX_PEOPLE) return null;
    if (accounts.some((a) => a.platform !== 'slack' || a.workspaceId !== first.workspaceId)) return null;
    const bot = await this.deps.bots.botFor(first.workspaceId);
    if (!bot) return null;
    const client = this.deps.clients.clientFor(bot.token);
    const users = new Set(accounts.map((a) => a.platformUserId));
    try {
      const opened = await withRateLimitRetry(
        () => client.conversations.open({ users: [...users].join(',') }),
        this.deps.retry,
      );
      const channel = opened.channel?.id;
      if (!channel) return null;
      const history = await withRateLimitRetry(
        () => client.conversations.history({ channel, oldest: String(since.getTime() / 1000), limit: 100 }),
        this.deps.retry,
      );
      return (history.messages ?? []).some((m) => !m.bot_id && m.user !== undefined && users.has(m.user));
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && (CANNOT_GROUP.has(code) || code === 'channel_not_found' || code === 'not_in_channel')) return null;
      throw toDeliveryError(error);
    }
  }
}

/** Slack puts the bot and at most 8 people in a multi-person DM. */
const MPIM_MAX_PEOPLE = 8;

// Errors of `conversations.open` meaning "no multi-person DM here" (an install without `mpim:write`, or people
// Slack will not group): the caller DMs each person instead.
const CANNOT_GROUP = new Set(['missing_scope', 'not_allowed_token_type', 'too_many_users', 'user_not_found']);

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof SlackRateLimitedError) return new DeliveryError(error.message, false);
  const code = slackErrorCode(error);
  if (code) return new DeliveryError(`Slack refused the DM: ${code}`, PERMANENT.has(code));
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
