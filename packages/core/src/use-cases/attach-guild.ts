import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { type AttachWorkspaceResult, attachWorkspace } from './attach-workspace.js';

/** A role of the guild, as Discord lists it. */
export interface GuildRole {
  readonly id: string;
  /** A role Discord manages for an integration (a bot's own role): it cannot be given to members. */
  readonly managed?: boolean;
}

export interface AttachGuildResult extends AttachWorkspaceResult {
  /** The guild's own member role after the call (null: none, the deployment's default applies). */
  readonly memberRoleId: string | null;
}

const ROLE_ID = /^\d{17,20}$/;

/**
 * Connects a Discord guild to a club: `attachWorkspace` for Discord (one club per guild, owners, audited), with
 * the role members get in that guild. `memberRoleId`: a role id sets it, null or empty clears it, absent leaves
 * it as it is. `guildRoles` is what Discord says the guild has: the role must be one of them, neither @everyone
 * (its id is the guild's) nor a bot's own; null means the bot cannot see the guild (refused: nothing to check
 * against); absent means it could not be asked (no bot token), so only the id's form is checked. A refused role
 * changes nothing, the attachment included.
 */
export async function attachGuild(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly guildId: string;
    readonly memberRoleId?: string | null;
    readonly guildRoles?: readonly GuildRole[] | null;
  },
): Promise<AttachGuildResult> {
  const guildId = input.guildId.trim();
  const wanted = input.memberRoleId === undefined ? undefined : input.memberRoleId?.trim() || null;
  if (wanted) {
    if (!ROLE_ID.test(wanted)) {
      throw new DomainError('validation.invalid', { field: 'memberRoleId', reason: REASONS.notAnId });
    }
    if (input.guildRoles === null) throw new DomainError('discord.bot_not_in_guild', {});
    const role = input.guildRoles?.find((r) => r.id === wanted);
    if (input.guildRoles && (!role || role.managed || role.id === guildId)) {
      throw new DomainError('discord.role_unknown', {});
    }
  }
  let memberRoleId: string | null = null;
  const result = await attachWorkspace(deps, {
    actor: input.actor,
    communityId: input.communityId,
    platform: 'discord',
    workspaceId: guildId,
    alongside: async (repos) => {
      const before = await repos.communities.workspaceMemberRole('discord', guildId);
      memberRoleId = before;
      if (wanted === undefined || wanted === before) return;
      await repos.communities.setWorkspaceMemberRole('discord', guildId, wanted);
      memberRoleId = wanted;
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'workspace.member_role',
        targetType: 'workspace',
        targetId: `discord:${guildId}`,
        before: { memberRoleId: before },
        after: { memberRoleId: wanted },
      });
    },
  });
  return { ...result, memberRoleId };
}
