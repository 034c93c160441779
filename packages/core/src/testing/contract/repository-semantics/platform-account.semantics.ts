import { expect, it } from 'vitest';
import { randomIds } from '../../../ports/ids.js';
import { at, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: platform accounts and staff. */
export function platformAccountSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('platform accounts and staff roles', async () => {
    const { repos } = scope;
    const c = await club();
    const m = await member(c);
    const n = await member(c);
    const link = (platform: 'discord' | 'slack', workspaceId: string, platformUserId: string, memberId = m.id) =>
      repos.accounts.link({ communityId: c, platform, workspaceId, platformUserId, memberId, linkedAt: at(1) });
    const ws = `w-${randomIds.code()}`;
    await link('slack', `${ws}-1`, 'u');
    await link('discord', `${ws}-2`, 'u');
    await link('discord', `${ws}-1`, 'u');
    await link('discord', `${ws}-1`, 'v', n.id);
    await expect(link('discord', `${ws}-1`, 'u', n.id)).rejects.toThrow('unique violation: account');
    expect((await repos.accounts.listForMember(c, m.id)).map((a) => `${a.platform}/${a.workspaceId}`)).toEqual([
      `discord/${ws}-1`,
      `discord/${ws}-2`,
      `slack/${ws}-1`,
    ]);
    expect(await repos.accounts.find('discord', `${ws}-1`, 'v')).toEqual({
      communityId: c,
      platform: 'discord',
      workspaceId: `${ws}-1`,
      platformUserId: 'v',
      memberId: n.id,
      linkedAt: at(1),
    });
    await repos.accounts.unlinkAll(c, m.id);
    expect(await repos.accounts.listForMember(c, m.id)).toEqual([]);
    expect(await repos.accounts.listForMember(c, n.id)).toHaveLength(1);
    expect(await repos.accounts.listForMember(c, 'x')).toEqual([]);

    await repos.staff.grant({ communityId: c, memberId: m.id, role: 'owner', grantedAt: at(5) });
    await repos.staff.grant({ communityId: c, memberId: m.id, role: 'owner', grantedAt: at(9) });
    await repos.staff.grant({ communityId: c, memberId: m.id, role: 'coach', grantedAt: at(5) });
    await repos.staff.grant({ communityId: c, memberId: m.id, role: 'moderator', grantedAt: at(5) });
    await repos.staff.grant({ communityId: c, memberId: n.id, role: 'coach', grantedAt: at(1) });
    expect(await repos.staff.rolesOf(c, m.id)).toEqual(['coach', 'moderator', 'owner']);
    await repos.staff.revoke(c, m.id, 'moderator');
    const staff = await repos.staff.list(c);
    expect(staff.map((s) => [s.memberId, s.role])).toEqual([
      [n.id, 'coach'],
      [m.id, 'coach'],
      [m.id, 'owner'],
    ]);
    expect(staff.find((s) => s.role === 'owner')?.grantedAt).toEqual(at(5));
    expect(await repos.staff.rolesOf(c, 'x')).toEqual([]);
  });
}
