import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { systemActor } from '../rules/actor.js';
import { createClubFixture } from '../testing/club-fixture.js';

describe('attachWorkspace: one club per workspace, audited, in one transaction', () => {
  it('attaches a Slack team once (audited once), and attachGuild a Discord guild', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    const input = { actor: owner, communityId, platform: 'slack' as const, workspaceId: 'T0NEW' };
    expect(await core.attachWorkspace(input)).toEqual({ attached: true });
    expect(await core.attachWorkspace(input)).toEqual({ attached: false });
    expect((await ports.communities.findByWorkspace('slack', 'T0NEW'))?.id).toBe(communityId);
    await core.attachGuild({ actor: systemActor(communityId, 'config'), communityId, guildId: 'guild-9' });
    expect((await ports.communities.findByWorkspace('discord', 'guild-9'))?.id).toBe(communityId);
    const audit = await ports.audit.list(communityId, { action: 'workspace.attach' }, pageRequest(10));
    expect(audit.items.map((e) => [e.targetId, e.actorLabel]).sort()).toEqual([
      ['discord:guild-9', 'system:config'],
      ['slack:T0NEW', `member:${owner.memberId}`],
    ]);
  });

  it('refuses a workspace of another club and changes nothing, not even what runs alongside', async () => {
    const first = await createClubFixture();
    const { core, ports, communityId } = first;
    await core.attachWorkspace({ actor: first.owner, communityId, platform: 'slack', workspaceId: 'T0TAKEN' });
    const other = await core.createCommunity({ slug: 'other', name: 'Other', owner: { displayName: 'Otto' } });
    let saved = 0;
    await expect(
      core.attachWorkspace({
        actor: systemActor(other.community.id, 'slack-install'),
        communityId: other.community.id,
        platform: 'slack',
        workspaceId: 'T0TAKEN',
        alongside: async () => {
          saved += 1;
        },
      }),
    ).rejects.toMatchObject({ code: 'workspace.taken' });
    expect(saved).toBe(0);
    expect((await ports.communities.findByWorkspace('slack', 'T0TAKEN'))?.id).toBe(communityId);
  });

  it('attaches nothing when what runs alongside fails (the Slack installation could not be saved)', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    await expect(
      core.attachWorkspace({
        actor: owner,
        communityId,
        platform: 'slack',
        workspaceId: 'T0FAIL',
        alongside: async () => {
          throw new Error('installation store down');
        },
      }),
    ).rejects.toThrow('installation store down');
    expect(await ports.communities.findByWorkspace('slack', 'T0FAIL')).toBeNull();
  });

  it('is for owners (and the system) only', async () => {
    const club = await createClubFixture();
    const ann = await club.addMember({ name: 'Ann' });
    await expect(
      club.core.attachWorkspace({ actor: ann, communityId: club.communityId, platform: 'slack', workspaceId: 'T0ANN' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    expect(await club.ports.communities.findByWorkspace('slack', 'T0ANN')).toBeNull();
  });
});
