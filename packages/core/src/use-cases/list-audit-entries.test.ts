import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

describe('listAuditEntries, getApplication, getMemberNames, getCommunitySettings', () => {
  it('filters the audit log and shows applications with referrer and decider names', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'c',
      name: 'C',
      owner: { displayName: 'Olivia' },
    });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    const app = await core.submitApplication({
      communityId: community.id,
      name: 'Referred',
      email: 'r@example.com',
      company: 'Bitcoin Mining Ltd',
      answers: [],
      valuesPledge: true,
      locale: 'en',
      referrerHandle: '@olivia',
    });
    await core.rejectApplication({ actor: owner, communityId: community.id, applicationId: app.id, reason: 'crypto' });
    await core.updateCommunitySettings({ actor: owner, communityId: community.id, patch: { graceDays: 10 } });

    const detail = await core.getApplication({ actor: owner, communityId: community.id, applicationId: app.id });
    expect(detail.referrer).toEqual({ id: ownerId, displayName: 'Olivia', handle: 'olivia' });
    expect(detail.decidedBy?.displayName).toBe('Olivia');
    expect(detail.application.flags.map((f) => f.keyword)).toContain('bitcoin');

    const all = await core.listAuditEntries({ actor: owner, communityId: community.id });
    expect(all.items.map((e) => e.action)).toEqual([
      'community.settings.update',
      'application.reject',
      'community.create',
    ]);
    const rejected = await core.listAuditEntries({
      actor: owner,
      communityId: community.id,
      action: 'application.reject',
      actorId: ownerId,
      targetId: app.id,
    });
    expect(rejected.total).toBe(1);
    await expect(
      core.listAuditEntries({ actor: owner, communityId: community.id, actorId: 'robert"); drop table' }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });

    const names = await core.getMemberNames({
      actor: { ...owner, roles: ['coach'] },
      communityId: community.id,
      memberIds: [ownerId, ownerId, 'not-an-id'],
    });
    expect(names).toEqual({ [ownerId]: { id: ownerId, displayName: 'Olivia', handle: 'olivia' } });

    expect((await core.getCommunitySettings({ actor: owner, communityId: community.id })).settings.graceDays).toBe(10);
    await expect(
      core.getCommunitySettings({ actor: { ...owner, roles: ['moderator'] }, communityId: community.id }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
  });

  it('pages the log by keyset: nextCursor leads to the next page, a bad cursor is refused', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({ slug: 'k', name: 'K', owner: { displayName: 'O' } });
    const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    for (const graceDays of [1, 2, 3, 4]) {
      await core.updateCommunitySettings({ actor: owner, communityId: community.id, patch: { graceDays } });
    }
    const all = await core.listAuditEntries({ actor: owner, communityId: community.id });
    expect(all.total).toBe(5);
    expect(all.nextCursor).toBeNull();
    const first = await core.listAuditEntries({ actor: owner, communityId: community.id, limit: 2 });
    expect(first.items.map((e) => e.id)).toEqual(all.items.slice(0, 2).map((e) => e.id));
    const second = await core.listAuditEntries({
      actor: owner,
      communityId: community.id,
      limit: 2,
      offset: 40,
      after: first.nextCursor,
    });
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
    const third = await core.listAuditEntries({ actor: owner, communityId: community.id, after: second.nextCursor });
    expect(third.items.map((e) => e.id)).toEqual(all.items.slice(4).map((e) => e.id));
    expect(third.nextCursor).toBeNull();
    await expect(
      core.listAuditEntries({ actor: owner, communityId: community.id, after: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'validation.bad_cursor' });
  });
});
