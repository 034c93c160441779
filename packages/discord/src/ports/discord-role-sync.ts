import type { PlatformAccount, RoleSync } from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode } from '../discord-errors.js';

/** The member role of a guild: its own (set in Settings), else the deployment's default; null when there is none. */
export type MemberRoleOf = (guildId: string) => string | null | Promise<string | null>;

/**
 * Gives and takes the member role on Discord accounts (other platforms are left to their own role sync): one
 * role id for every guild, or each guild's own (`MemberRoleOf`). A guild with no member role has nothing to
 * give. A member who left the guild (10007 Unknown Member) has nothing to change: that counts as done.
 */
export class DiscordRoleSync implements RoleSync {
  private readonly roleOf: MemberRoleOf;

  constructor(
    private readonly rest: Pick<REST, 'put' | 'delete'>,
    memberRoleId: string | MemberRoleOf,
  ) {
    this.roleOf = typeof memberRoleId === 'string' ? () => memberRoleId : memberRoleId;
  }

  async grant(account: PlatformAccount): Promise<void> {
    if (account.platform !== 'discord') return;
    await this.change('put', account, 'snowball: membership active');
  }

  async revoke(account: PlatformAccount): Promise<void> {
    if (account.platform !== 'discord') return;
    await this.change('delete', account, 'snowball: membership ended');
  }

  private async change(method: 'put' | 'delete', account: PlatformAccount, reason: string): Promise<void> {
    const roleId = await this.roleOf(account.workspaceId);
    if (!roleId) return;
    try {
      await this.rest[method](Routes.guildMemberRole(account.workspaceId, account.platformUserId, roleId), {
        reason,
      });
    } catch (error) {
      if (discordErrorCode(error) === DiscordErrorCode.UnknownMember) return;
      throw error;
    }
  }
}
