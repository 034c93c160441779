import type { AccessRoster, Platform, RoleFailureReason, RosterPage, WorkspaceRoster } from '@snowball/core';
import { type REST, Routes } from 'discord.js';
import { DiscordErrorCode, discordErrorCode } from '../discord-errors.js';
import type { MemberRoleOf } from './discord-role-sync.js';

/** Discord's largest page of `GET /guilds/{id}/members`. */
export const DISCORD_MEMBERS_PAGE = 1000;

interface GuildMemberJson {
  readonly user?: { readonly id: string; readonly bot?: boolean };
  readonly roles: readonly string[];
}

/**
 * The access check's view of Discord: every member of a guild (bots left out), a page of 1,000 at a time in user
 * id order, each with whether they hold the member role. Listing needs the Server Members intent. The REST client
 * paces every call under the bot's global limit (`createDiscordRest` with a limiter).
 */
export class DiscordRoleRoster implements AccessRoster {
  constructor(
    private readonly rest: Pick<REST, 'get'>,
    /** Each guild's member role (the same lookup the role sync uses); null: no role to check there. */
    private readonly memberRole: MemberRoleOf,
  ) {}

  async roster(platform: Platform, guildId: string): Promise<WorkspaceRoster | null> {
    if (platform !== 'discord') return null;
    const role = await this.memberRole(guildId);
    if (!role) return null;
    const roleId: string = role;
    const rest = this.rest;
    const fetchPage = (after: string) =>
      rest.get(Routes.guildMembers(guildId), {
        query: new URLSearchParams({ limit: String(DISCORD_MEMBERS_PAGE), after }),
      }) as Promise<GuildMemberJson[]>;
    async function* pages(): AsyncIterable<RosterPage> {
      let members = await fetchPage('0');
      for (;;) {
        const last = members[members.length - 1]?.user?.id;
        // The next page is asked for while the caller works on this one (the database side of the check).
        const next = members.length < DISCORD_MEMBERS_PAGE || !last ? null : fetchPage(last);
        // A rejected prefetch is rethrown when awaited below; until then it must not count as unhandled.
        next?.catch(() => undefined);
        const page: { platformUserId: string; access: 'full' | 'none' }[] = [];
        for (const m of members) {
          if (!m.user || m.user.bot) continue;
          page.push({ platformUserId: m.user.id, access: m.roles.includes(roleId) ? 'full' : 'none' });
        }
        yield page;
        if (!next) return;
        members = await next;
      }
    }
    return { listsEveryone: true, pages: pages() };
  }

  failureReason(_platform: Platform, error: unknown): RoleFailureReason {
    switch (discordErrorCode(error)) {
      // Discord answers 50013 both for a missing Manage Roles and for a bot role below the member role.
      case DiscordErrorCode.MissingPermissions:
      case DiscordErrorCode.MissingAccess:
        return 'missing_permission';
      case DiscordErrorCode.UnknownMember:
        return 'member_left';
      case 10011:
        return 'unknown_role';
      case 10004:
        return 'not_installed';
      default:
        return 'other';
    }
  }
}
