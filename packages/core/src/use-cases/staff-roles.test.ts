import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { pageRequest } from '../ports/page.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

describe('listStaff, grantStaffRole, revokeStaffRole', () => {
  it('grants and revokes roles with audit entries, and never removes the last owner', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'c',
      name: 'C',
      owner: { displayName: 'Owner', email: 'o@example.com' },
    });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    const app = await core.submitApplication({
      communityId: community.id,
      name: 'Mia',
      email: 'mia@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    const mia = (await core.approveApplication({ actor: owner, communityId: community.id, applicationId: app.id }))
      .memberId as string;
    const input = { actor: owner, communityId: community.id, memberId: mia };

    expect(await core.grantStaffRole({ ...input, role: 'moderator' })).toEqual(['moderator']);
    expect(await core.grantStaffRole({ ...input, role: 'moderator' })).toEqual(['moderator']);
    expect(await core.grantStaffRole({ ...input, role: 'coach' })).toEqual(['coach', 'moderator']);
    const staff = await core.listStaff({ actor: owner, communityId: community.id });
    expect(staff.map((s) => [s.displayName, s.roles.map((r) => r.role)])).toEqual([
      ['Owner', ['owner']],
      ['Mia', ['moderator', 'coach']],
    ]);

    await expect(
      core.revokeStaffRole({ actor: owner, communityId: community.id, memberId: ownerId, role: 'owner' }),
    ).rejects.toMatchObject({ code: 'staff.last_owner' });
    await core.grantStaffRole({ ...input, role: 'owner' });
    await core.revokeStaffRole({ actor: owner, communityId: community.id, memberId: ownerId, role: 'owner' });
    await expect(core.revokeStaffRole({ ...input, role: 'owner' })).rejects.toMatchObject({
      code: 'staff.last_owner',
    });
    expect(await core.revokeStaffRole({ ...input, role: 'coach' })).toEqual(['moderator', 'owner']);

    const audit = await ports.audit.list(community.id, {}, pageRequest(50));
    expect(audit.items.filter((e) => e.action === 'staff.grant')).toHaveLength(3);
    expect(audit.items.filter((e) => e.action === 'staff.revoke')).toHaveLength(2);

    const moderator: Actor = { ...owner, roles: ['moderator'] };
    await expect(core.listStaff({ actor: moderator, communityId: community.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    await expect(core.grantStaffRole({ ...input, actor: moderator, role: 'owner' })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    await expect(core.grantStaffRole({ ...input, role: 'king' as never })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
    await expect(
      core.revokeStaffRole({ actor: owner, communityId: community.id, memberId: ports.ids.id(), role: 'coach' }),
    ).rejects.toMatchObject({ code: 'member.not_found' });
  });
});
