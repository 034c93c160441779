import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The Discord guilds and Slack teams attached to a club, each list in code-point order. */
export interface PlatformConnections {
  readonly discordGuilds: readonly string[];
  readonly slackTeams: readonly string[];
  /** The member role each Discord guild has of its own (guilds without one use the deployment's default). */
  readonly discordMemberRoles: Readonly<Record<string, string>>;
}

/** Which Discord guilds and Slack teams serve the club (the simulator is left out), for the owners' settings. */
export async function getPlatformConnections(
  deps: Pick<Ports, 'communities'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<PlatformConnections> {
  requireRole(input.actor, input.communityId, ['owner']);
  await loadCommunity(deps, input.communityId);
  const workspaces = await deps.communities.listWorkspaces(input.communityId);
  const of = (platform: 'discord' | 'slack') =>
    workspaces.filter((w) => w.platform === platform).map((w) => w.workspaceId);
  const discordMemberRoles: Record<string, string> = {};
  for (const w of workspaces)
    if (w.platform === 'discord' && w.memberRoleId) discordMemberRoles[w.workspaceId] = w.memberRoleId;
  return { discordGuilds: of('discord'), slackTeams: of('slack'), discordMemberRoles };
}
