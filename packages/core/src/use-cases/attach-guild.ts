import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { type AttachWorkspaceResult, attachWorkspace } from './attach-workspace.js';

/** Connects a Discord guild to a club: `attachWorkspace` for Discord (one club per guild, owners, audited). */
export async function attachGuild(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly guildId: string },
): Promise<AttachWorkspaceResult> {
  return attachWorkspace(deps, {
    actor: input.actor,
    communityId: input.communityId,
    platform: 'discord',
    workspaceId: input.guildId,
  });
}
