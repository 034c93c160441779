import { describe, expect, it } from 'vitest';
import { createClubFixture } from '../testing/club-fixture.js';

const DAY = 86_400_000;

describe('inviteGuest: an owner invites an expert who is not a member', () => {
  it('by email: a new person with the guest role only, no membership, and a one-time link valid 7 days', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    const invited = await core.inviteGuest({
      actor: owner,
      communityId,
      displayName: 'Layla Nasser',
      email: 'Layla@Example.com',
      locale: 'en',
    });
    expect(invited.created).toBe(true);
    expect(await ports.staff.rolesOf(communityId, invited.memberId)).toEqual(['guest']);
    expect(await ports.memberships.listForMember(communityId, invited.memberId)).toEqual([]);
    expect((await ports.members.get(communityId, invited.memberId))?.email).toBe('layla@example.com');
    expect(invited.login?.expiresAt.getTime()).toBe(ports.clock.now().getTime() + 7 * DAY);

    // Days later the link still signs in, as a guest; it works once.
    ports.clock.advance(6 * DAY);
    const session = await core.redeemLoginLink({ token: invited.login?.token as string });
    expect(session).toMatchObject({ role: 'guest' });
    await expect(core.redeemLoginLink({ token: invited.login?.token as string })).rejects.toMatchObject({
      code: 'auth.login_link_invalid',
    });
    // Member features stay closed to the guest: no membership.
    const guest = { kind: 'member' as const, communityId, memberId: invited.memberId, roles: ['guest' as const] };
    await expect(core.askQuestion({ actor: guest, body: 'May I?' })).rejects.toMatchObject({
      code: 'membership.none',
    });

    // Inviting the same email again reuses the person and issues a fresh link.
    const again = await core.inviteGuest({
      actor: owner,
      communityId,
      displayName: 'Layla',
      email: 'layla@example.com',
    });
    expect(again).toMatchObject({ memberId: invited.memberId, created: false });
    expect(again.login?.token).not.toBe(invited.login?.token);
  });

  it('by platform account: linked in the club workspace, so the bot knows them as a guest', async () => {
    const { core, ports, communityId, owner } = await createClubFixture();
    await ports.communities.attachWorkspace(communityId, 'slack', 'T-club');
    const invited = await core.inviteGuest({
      actor: owner,
      communityId,
      displayName: '高嘉宾',
      account: { platform: 'slack', platformUserId: 'U0GAO' },
    });
    expect(invited.login).toBeNull();
    const identity = await core.identifyAccount({ platform: 'slack', workspaceId: 'T-club', platformUserId: 'U0GAO' });
    expect(identity.actor).toMatchObject({ kind: 'member', memberId: invited.memberId, roles: ['guest'] });
    await expect(
      core.inviteGuest({
        actor: owner,
        communityId,
        displayName: 'X',
        account: { platform: 'discord', platformUserId: '123' },
      }),
    ).rejects.toMatchObject({ code: 'guest.workspace_unknown' });
  });

  it('refuses non-owners and an invitation with neither email nor account, changing nothing', async () => {
    const club = await createClubFixture();
    const coach = await club.makeCoach(await club.addMember({ name: 'Chen' }));
    const before = (await club.ports.staff.list(club.communityId)).length;
    await expect(
      club.core.inviteGuest({ actor: coach, communityId: club.communityId, displayName: 'A', email: 'a@b.co' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      club.core.inviteGuest({ actor: club.owner, communityId: club.communityId, displayName: 'A' }),
    ).rejects.toMatchObject({ code: 'guest.contact_required' });
    await expect(
      club.core.inviteGuest({ actor: club.owner, communityId: club.communityId, displayName: 'A', email: 'nope' }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    expect((await club.ports.staff.list(club.communityId)).length).toBe(before);
  });
});
