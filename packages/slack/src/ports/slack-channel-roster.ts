import type { AccessRoster, Platform, RoleFailureReason, RosterPage, WorkspaceRoster } from '@snowball/core';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import type { SlackClients } from './slack-clients.js';
import type { MemberChannels } from './slack-role-sync.js';
import { type RateLimitRetryOptions, withRateLimitRetry } from './with-rate-limit-retry.js';

/** Page size of `conversations.members` (Slack allows up to 1,000; it recommends 200 or fewer). */
export const SLACK_MEMBERS_PAGE = 200;
/** People handed to the access check at a time. */
const ROSTER_PAGE = 1000;

/**
 * The access check's view of Slack: who is in the team's members-only channels (`SLACK_MEMBER_CHANNEL_IDS`):
 * `full` in every one of them, `partial` in some. The bot itself is left out. Each `conversations.members` page is
 * paced at its tier by the clients, and waits out a 429. Null for a team without members-only channels.
 */
export class SlackChannelRoster implements AccessRoster {
  constructor(
    private readonly deps: {
      readonly bots: SlackBotSource;
      readonly clients: SlackClients;
      readonly channels: MemberChannels;
      readonly retry?: RateLimitRetryOptions;
    },
  ) {}

  async roster(platform: Platform, teamId: string): Promise<WorkspaceRoster | null> {
    if (platform !== 'slack') return null;
    const channels = [...new Set(await this.deps.channels(teamId))];
    if (channels.length === 0) return null;
    const bot = await this.deps.bots.botFor(teamId);
    if (!bot) return null;
    const client = this.deps.clients.clientFor(bot.token);
    const retry = this.deps.retry;
    async function* pages(): AsyncIterable<RosterPage> {
      // Membership has to be counted across every channel before anyone can be called full or partial.
      const inChannels = new Map<string, number>();
      for (const channel of channels) {
        let cursor = '';
        do {
          const answer = await withRateLimitRetry(
            () => client.conversations.members({ channel, limit: SLACK_MEMBERS_PAGE, ...(cursor ? { cursor } : {}) }),
            retry,
          );
          for (const user of answer.members ?? []) {
            if (user !== bot?.botUserId) inChannels.set(user, (inChannels.get(user) ?? 0) + 1);
          }
          cursor = answer.response_metadata?.next_cursor ?? '';
        } while (cursor);
      }
      let page: { platformUserId: string; access: 'full' | 'partial' }[] = [];
      for (const [platformUserId, count] of inChannels) {
        page.push({ platformUserId, access: count >= channels.length ? 'full' : 'partial' });
        if (page.length >= ROSTER_PAGE) {
          yield page;
          page = [];
        }
      }
      yield page;
    }
    return { listsEveryone: false, pages: pages() };
  }

  failureReason(_platform: Platform, error: unknown): RoleFailureReason {
    const text = error instanceof Error ? error.message : String(error);
    if (/not installed/.test(text)) return 'not_installed';
    if (/channel_not_found|is_archived/.test(text)) return 'unknown_role';
    if (/user_not_found|user_disabled|user_is_deleted/.test(text)) return 'member_left';
    if (/missing_scope|restricted_action|not_in_channel|cant_invite|cant_kick|not_authed|invalid_auth/.test(text)) {
      return 'missing_permission';
    }
    return 'other';
  }
}
