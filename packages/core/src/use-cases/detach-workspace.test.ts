import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

describe('detachWorkspace: owners disconnect their own club’s workspace, audited once', () => {
  it('detaches a guild with its member role, once; a second request changes nothing', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    await core.attachGuild({ actor: owner, communityId, guildId: '111111111111111111', memberRoleId: null });
    await ports.communities.setWorkspaceMemberRole('discord', '111111111111111111', '222222222222222222');
    const input = { actor: owner, communityId, platform: 'discord' as const, workspaceId: ' 111111111111111111 ' };
    expect(await core.detachWorkspace(input)).toEqual({ detached: true });
    expect(await ports.communities.findByWorkspace('discord', '111111111111111111')).toBeNull();
    expect(await core.detachWorkspace(input)).toEqual({ detached: false });
    const audit = await ports.audit.list(communityId, { action: 'workspace.detach' }, pageRequest(10));
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      targetId: 'discord:111111111111111111',
      before: { memberRoleId: '222222222222222222' },
    });
  });

  it('leaves another club’s workspace attached, and refuses staff who are not owners', async () => {
    const first = await createClubFixture();
    await first.core.attachWorkspace({
      actor: first.owner,
      communityId: first.communityId,
      platform: 'slack',
      workspaceId: 'T0KEEP',
    });
    const other = await first.core.createCommunity({ slug: 'other', name: 'Other', owner: { displayName: 'Otto' } });
    const otherOwner = { ...first.owner, communityId: other.community.id, memberId: other.ownerId };
    expect(
      await first.core.detachWorkspace({
        actor: otherOwner,
        communityId: other.community.id,
        platform: 'slack',
        workspaceId: 'T0KEEP',
      }),
    ).toEqual({ detached: false });
    expect((await first.ports.communities.findByWorkspace('slack', 'T0KEEP'))?.id).toBe(first.communityId);
    await expect(
      first.core.detachWorkspace({
        actor: { ...first.owner, roles: ['moderator'] },
        communityId: first.communityId,
        platform: 'slack',
        workspaceId: 'T0KEEP',
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^auth\./) });
    expect((await first.ports.communities.findByWorkspace('slack', 'T0KEEP'))?.id).toBe(first.communityId);
  });
});
