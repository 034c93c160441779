import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

describe('listMembers', () => {
  it('filters by membership status exactly as membershipState decides, with search and pages', async () => {
    const ports = createTestPorts();
    ports.clock.set('2025-01-01T00:00:00Z');
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'c',
      name: 'C',
      owner: { displayName: 'Owner' },
    });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    const names = ['Ann', 'Ben', 'Cai 蔡', 'Dee', 'Eve'];
    const joined = ['2025-12-01', '2025-02-20', '2025-01-29', '2025-01-10', '2025-11-01'];
    for (const [i, name] of names.entries()) {
      ports.clock.set(`${joined[i]}T00:00:00Z`);
      const app = await core.submitApplication({
        communityId: community.id,
        name,
        email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
        answers: [],
        valuesPledge: true,
        locale: 'en',
      });
      await core.approveApplication({ actor: owner, communityId: community.id, applicationId: app.id });
      if (name === 'Eve') continue;
      await core.recordPayment({
        actor: owner,
        communityId: community.id,
        applicationId: app.id,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'cash',
        reference: `r-${name}`,
      });
    }
    ports.clock.set('2026-02-01T00:00:00Z');
    const list = async (status: Parameters<typeof core.listMembers>[0]['status'], search?: string) =>
      (await core.listMembers({ actor: owner, communityId: community.id, status, search })).items.map((row) => [
        row.member.displayName,
        row.membership.status,
      ]);
    expect(await list('active')).toEqual([['Ann', 'active']]);
    expect(await list('expiring')).toEqual([['Ben', 'expiring']]);
    expect(await list('grace')).toEqual([['Cai 蔡', 'grace']]);
    expect(await list('lapsed')).toEqual([['Dee', 'lapsed']]);
    expect(await list('none')).toEqual([
      ['Eve', 'none'],
      ['Owner', 'none'],
    ]);
    expect(await list('access')).toEqual([
      ['Ann', 'active'],
      ['Ben', 'expiring'],
      ['Cai 蔡', 'grace'],
    ]);
    expect(await list(null, '蔡')).toEqual([['Cai 蔡', 'grace']]);
    const page = await core.listMembers({ actor: owner, communityId: community.id, limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    // Newest member first: Ann, Eve, Ben, Cai, Dee, Owner.
    expect(page.items.map((row) => row.member.displayName)).toEqual(['Ben', 'Cai 蔡']);
    // Keyset pages: each page's cursor starts the next, with the same total; the last page has no cursor.
    const keyset = async (after: string | null) => {
      const p = await core.listMembers({ actor: owner, communityId: community.id, limit: 2, after });
      return { names: p.items.map((row) => row.member.displayName), total: p.total, next: p.nextCursor };
    };
    const first = await keyset(null);
    expect(first.names).toEqual(['Ann', 'Eve']);
    const second = await keyset(first.next);
    expect(second).toMatchObject({ names: ['Ben', 'Cai 蔡'], total: 6 });
    const third = await keyset(second.next);
    expect(third.names).toEqual(['Dee', 'Owner']);
    expect((await keyset(third.next)).names).toEqual([]);
    const filtered = await core.listMembers({ actor: owner, communityId: community.id, status: 'access', limit: 1 });
    const afterAnn = await core.listMembers({
      actor: owner,
      communityId: community.id,
      status: 'access',
      limit: 5,
      after: filtered.nextCursor,
    });
    expect(afterAnn.items.map((row) => row.member.displayName)).toEqual(['Ben', 'Cai 蔡']);
    expect(afterAnn.nextCursor).toBeNull();
    await expect(
      core.listMembers({ actor: owner, communityId: community.id, after: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'validation.bad_cursor' });
    await expect(
      core.listMembers({ actor: owner, communityId: community.id, status: 'gold' as never }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    const coach: Actor = { ...owner, roles: ['coach'] };
    await expect(core.listMembers({ actor: coach, communityId: community.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });
});
