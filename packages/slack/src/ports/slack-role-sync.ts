import type { PlatformAccount, RoleSync } from '@snowball/core';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import type { SlackClients } from './slack-clients.js';
import { type RateLimitRetryOptions, slackErrorCode, withRateLimitRetry } from './with-rate-limit-retry.js';

/** The members-only channels of a team. */
export type MemberChannels = (teamId: string) => readonly string[] | Promise<readonly string[]>;

/**
 * Reads `SLACK_MEMBER_CHANNEL_IDS`: `C1,C2` applies to every team; `T1:C1,T2:C9` scopes a channel to a
 * team (for multi-workspace installs). Both forms can be mixed.
 */
export function memberChannelsFromList(entries: readonly string[]): MemberChannels {
  const everywhere: string[] = [];
  const byTeam = new Map<string, string[]>();
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    const [team, channel] = entry.includes(':') ? entry.split(':', 2) : [null, entry];
    if (!channel) continue;
    if (team) byTeam.set(team, [...(byTeam.get(team) ?? []), channel]);
    else everywhere.push(channel);
  }
  return (teamId) => [...everywhere, ...(byTeam.get(teamId) ?? [])];
}

/**
 * Gives and takes access on Slack: invites the member to every members-only channel, or removes them.
 * Already in / already out counts as done. Every channel is tried; failures are reported together.
 */
export class SlackRoleSync implements RoleSync {
  constructor(
    private readonly deps: {
      readonly bots: SlackBotSource;
      readonly clients: SlackClients;
      readonly channels: MemberChannels;
      readonly retry?: RateLimitRetryOptions;
    },
  ) {}

  grant(account: PlatformAccount): Promise<void> {
    return this.each(account, 'already_in_channel', (client, channel) =>
      client.conversations.invite({ channel, users: account.platformUserId }),
    );
  }

  revoke(account: PlatformAccount): Promise<void> {
    return this.each(account, 'not_in_channel', (client, channel) =>
      client.conversations.kick({ channel, user: account.platformUserId }),
    );
  }

  private async each(
    account: PlatformAccount,
    doneCode: string,
    call: (client: ReturnType<SlackClients['clientFor']>, channel: string) => Promise<unknown>,
  ): Promise<void> {
    if (account.platform !== 'slack') throw new Error(`not a Slack account: ${account.platform}`);
    const channels = await this.deps.channels(account.workspaceId);
    if (channels.length === 0) return;
    const bot = await this.deps.bots.botFor(account.workspaceId);
    if (!bot) throw new Error(`Slack app not installed in ${account.workspaceId}`);
    const client = this.deps.clients.clientFor(bot.token);
    const failures: string[] = [];
    for (const channel of channels) {
      try {
        await withRateLimitRetry(() => call(client, channel), this.deps.retry);
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === doneCode) continue;
        failures.push(`${channel}: ${code ?? (error instanceof Error ? error.message : String(error))}`);
      }
    }
    if (failures.length > 0) throw new Error(`Slack channel access failed (${failures.join('; ')})`);
  }
}
