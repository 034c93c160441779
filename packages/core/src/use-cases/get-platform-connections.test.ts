import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

describe('getPlatformConnections', () => {
  it('lists the club’s Discord guilds and Slack teams, leaves out the simulator, and is for owners only', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({ slug: 'c', name: 'C', owner: { displayName: 'O' } });
    const other = await core.createCommunity({ slug: 'd', name: 'D', owner: { displayName: 'P' } });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };

    expect(await core.getPlatformConnections({ actor: owner, communityId: community.id })).toEqual({
      discordGuilds: [],
      slackTeams: [],
      discordMemberRoles: {},
    });
    await ports.communities.attachWorkspace(community.id, 'slack', 'T2');
    await ports.communities.attachWorkspace(community.id, 'discord', '900');
    await ports.communities.attachWorkspace(community.id, 'slack', 'T1');
    await ports.communities.attachWorkspace(community.id, 'simulator', 'c');
    await ports.communities.attachWorkspace(other.community.id, 'discord', '901');
    expect(await core.getPlatformConnections({ actor: owner, communityId: community.id })).toEqual({
      discordGuilds: ['900'],
      slackTeams: ['T1', 'T2'],
      discordMemberRoles: {},
    });
    await ports.communities.setWorkspaceMemberRole('discord', '900', '123456789012345678');
    expect(await core.getPlatformConnections({ actor: owner, communityId: community.id })).toMatchObject({
      discordMemberRoles: { '900': '123456789012345678' },
    });

    await expect(
      core.getPlatformConnections({ actor: { ...owner, roles: ['moderator'] }, communityId: community.id }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(core.getPlatformConnections({ actor: owner, communityId: other.community.id })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});
