import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

const DAY = 86_400_000;

describe('endMembership: an owner lapses a member now', () => {
  it('reads lapsed at once (no grace), revokes roles on every platform and audits before/after', async () => {
    const club = await createClubFixture({ settings: { graceDays: 7 } });
    const { core, ports, communityId, owner } = club;
    const ann = await club.addMember({ name: 'Ann', platforms: ['discord', 'slack'] });
    const discord = { platform: 'discord' as const, workspaceId: 'guild-1', platformUserId: 'user-1' };
    const slack = { platform: 'slack' as const, workspaceId: 'T1', platformUserId: 'user-1' };
    expect(ports.roleSync.has(discord) && ports.roleSync.has(slack)).toBe(true);
    // A renewal paid early: its period starts in the future and must not keep access either.
    await core.recordPayment({
      actor: owner,
      communityId,
      memberId: ann.memberId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'wechat_pay',
      reference: 'wx-renewal',
    });
    ports.clock.advanceDays(30);
    const now = ports.clock.now();
    const before = await core.getMemberDetail({ actor: owner, communityId, memberId: ann.memberId });
    expect(before.membership.status).toBe('active');

    const result = await core.endMembership({
      actor: owner,
      communityId,
      memberId: ann.memberId,
      reason: 'Left to start a competing club',
    });
    expect(result.endsAt).toEqual(new Date(now.getTime() - 7 * DAY));
    expect(result.access).toMatchObject({ access: false, accounts: 2, failures: [] });
    expect(ports.roleSync.has(discord) || ports.roleSync.has(slack)).toBe(false);

    const after = await core.getMemberDetail({ actor: owner, communityId, memberId: ann.memberId });
    expect(after.membership.status).toBe('lapsed');
    expect(after.periods.every((p) => p.endsAt.getTime() <= now.getTime())).toBe(true);
    expect(after.periods.every((p) => p.startsAt.getTime() <= p.endsAt.getTime())).toBe(true);
    const lapsed = await core.listMembers({ actor: owner, communityId, status: 'lapsed' });
    expect(lapsed.items.map((i) => i.member.id)).toContain(ann.memberId);

    const audit = await ports.audit.list(
      communityId,
      { action: 'membership.end', targetId: ann.memberId },
      pageRequest(5),
    );
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorId: owner.memberId,
      before: { status: 'active', endsAt: before.membership.endsAt?.toISOString() },
      after: {
        status: 'lapsed',
        endsAt: result.endsAt.toISOString(),
        endedAt: now.toISOString(),
        reason: 'Left to start a competing club',
      },
    });

    // Ending twice is refused; the member is already out.
    await expect(
      core.endMembership({ actor: owner, communityId, memberId: ann.memberId, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'membership.not_current' });
  });

  it('keeps a lapse job left from the old end silent, and a new payment brings the member back', async () => {
    const club = await createClubFixture({ settings: { graceDays: 7 } });
    const { core, ports, communityId, owner } = club;
    const bo = await club.addMember({ name: 'Bo' });
    await core.scheduleRenewalNotices({ communityId });
    await core.endMembership({ actor: owner, communityId, memberId: bo.memberId, reason: 'Broke the rules' });
    ports.messenger.sent.splice(0);
    // What the renewal.lapse job, queued for the old end, does when it runs.
    const lapse = await core.applyLapse({ communityId, memberId: bo.memberId });
    expect(lapse).toMatchObject({ status: 'skipped', reason: 'ended_by_staff' });
    expect(ports.messenger.sent).toEqual([]);

    await core.recordPayment({
      actor: owner,
      communityId,
      memberId: bo.memberId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'cash',
      reference: 'back-again',
    });
    const detail = await core.getMemberDetail({ actor: owner, communityId, memberId: bo.memberId });
    expect(detail.membership.status).toBe('active');
    expect(ports.roleSync.has({ platform: 'discord', workspaceId: 'guild-1', platformUserId: 'user-1' })).toBe(true);
  });

  it('is for owners only, needs a reason, and refuses members without a current membership', async () => {
    const club = await createClubFixture();
    const { core, ports, communityId, owner } = club;
    const ann = await club.addMember({ name: 'Ann' });
    const unpaid = await club.addMember({ name: 'Cy', paid: false });
    await ports.staff.grant({ communityId, memberId: ann.memberId, role: 'moderator', grantedAt: ports.clock.now() });
    const moderator = { ...ann, roles: ['moderator' as const] };
    await expect(
      core.endMembership({ actor: moderator, communityId, memberId: ann.memberId, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      core.endMembership({ actor: owner, communityId, memberId: ann.memberId, reason: ' \u200B ' }),
    ).rejects.toMatchObject({ code: 'application.reason_required' });
    await expect(
      core.endMembership({ actor: owner, communityId, memberId: unpaid.memberId, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'membership.not_current' });
    const still = await core.getMemberDetail({ actor: owner, communityId, memberId: ann.memberId });
    expect(still.membership.status).toBe('active');
    expect((await ports.audit.list(communityId, { action: 'membership.end' }, pageRequest(5))).total).toBe(0);
  });
});

describe('lookupMembers: a pick list coaches may use', () => {
  it('finds members by name with id, name, handle and status only; nothing without a search', async () => {
    const club = await createClubFixture();
    const { core, communityId } = club;
    const coach = await club.makeCoach(await club.addMember({ name: 'Chen Coach' }));
    const ann = await club.addMember({ name: 'Ann Archer' });
    await club.addMember({ name: 'Andy Unpaid', paid: false });
    const found = await core.lookupMembers({ actor: coach, communityId, search: 'ann' });
    expect(found).toEqual([
      { id: ann.memberId, displayName: 'Ann Archer', handle: expect.any(String), status: 'active' },
    ]);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(['displayName', 'handle', 'id', 'status']);
    const any = await core.lookupMembers({ actor: coach, communityId, search: 'an' });
    expect(any.map((m) => m.displayName).sort()).toEqual(['Andy Unpaid', 'Ann Archer']);
    const current = await core.lookupMembers({ actor: coach, communityId, search: 'an', withAccess: true });
    expect(current.map((m) => m.displayName)).toEqual(['Ann Archer']);
    expect(await core.lookupMembers({ actor: coach, communityId, search: '  ' })).toEqual([]);
    await expect(core.lookupMembers({ actor: ann, communityId, search: 'ann' })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });
});
