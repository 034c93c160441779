import type { PlatformAccount, RoleSync } from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode } from '../discord-errors.js';

/**
 * Gives and takes the configured member role on Discord accounts (other platforms are left to their own
 * role sync). A member who left the guild (10007 Unknown Member) has nothing to change: that counts as done.
 */
export class DiscordRoleSync implements RoleSync {
  constructor(
    private readonly rest: Pick<REST, 'put' | 'delete'>,
    private readonly memberRoleId: string,
  ) {}

  async grant(account: PlatformAccount): Promise<void> {
    if (account.platform !== 'discord') return;
    await this.change('put', account, 'snowball: membership active');
  }

  async revoke(account: PlatformAccount): Promise<void> {
    if (account.platform !== 'discord') return;
    await this.change('delete', account, 'snowball: membership ended');
  }

  private async change(method: 'put' | 'delete', account: PlatformAccount, reason: string): Promise<void> {
    try {
      await this.rest[method](Routes.guildMemberRole(account.workspaceId, account.platformUserId, this.memberRoleId), {
        reason,
      });
    } catch (error) {
      if (discordErrorCode(error) === DiscordErrorCode.UnknownMember) return;
      throw error;
    }
  }
}
