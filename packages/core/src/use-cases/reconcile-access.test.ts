import { describe, expect, it } from 'vitest';
import { accessChange } from '../domain/access-check.js';
import type { PlatformAccount } from '../domain/member.js';
import type { AccessRoster } from '../ports/access-roster.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { MemoryAccessRoster } from '../testing/memory-access-roster.js';
import { reconcileAccess } from './reconcile-access.js';

const DAY = 86_400_000;

async function club(options: { strict?: boolean } = {}) {
  const fixture = await createClubFixture();
  if (options.strict) {
    await fixture.core.updatePricing({
      actor: fixture.owner,
      communityId: fixture.communityId,
      pricing: { renewalAmountMinor: null, earlyBird: null, refundAccess: 'keep_access', strictAccess: true },
    });
  }
  await fixture.ports.communities.attachWorkspace(fixture.communityId, 'discord', 'guild-1');
  const roster = new MemoryAccessRoster(fixture.ports.roleSync, { pageSize: 2 });
  const reconcile = () =>
    import('./reconcile-access.js').then(({ reconcileAccess }) =>
      reconcileAccess({ ...fixture.ports, accessRoster: roster }, { communityId: fixture.communityId }),
    );
  const account = (platformUserId: string): PlatformAccount => ({
    communityId: fixture.communityId,
    platform: 'discord',
    workspaceId: 'guild-1',
    platformUserId,
    memberId: '',
    linkedAt: new Date(0),
  });
  return { ...fixture, roster, reconcile, account };
}

describe('accessChange', () => {
  it('grants what members lack, takes what ended, reports manual grants unless strict, leaves staff alone', () => {
    expect(accessChange('access', null, false)).toBe('grant');
    expect(accessChange('access', 'partial', false)).toBe('grant');
    expect(accessChange('access', 'full', false)).toBeNull();
    expect(accessChange('ended', 'full', false)).toBe('revoke');
    expect(accessChange('ended', 'none', false)).toBeNull();
    expect(accessChange(null, 'full', false)).toBe('report');
    expect(accessChange('never', 'partial', true)).toBe('revoke');
    expect(accessChange('staff', 'full', true)).toBeNull();
  });
});

describe('reconcileAccess', () => {
  it('puts back a removed role, audits it, and changes nothing on the next run', async () => {
    const c = await club();
    const ann = await c.addMember({ name: 'Ann' });
    await c.addMember({ name: 'Bo' });
    await c.addMember({ name: 'Cy' });
    // A human removed Ann's role on the platform.
    await c.ports.roleSync.revoke(c.account('user-1'));
    c.ports.roleSync.calls.length = 0;

    const run = await c.reconcile();

    expect(c.ports.roleSync.calls.map((call) => `${call.op}:${call.account.platformUserId}`)).toEqual(['grant:user-1']);
    expect(run?.workspaces).toEqual([
      {
        platform: 'discord',
        workspaceId: 'guild-1',
        listed: 2,
        granted: 1,
        revoked: 0,
        reported: 0,
        absent: 0,
        failed: 0,
      },
    ]);
    const audit = await c.ports.audit.list(c.communityId, { action: 'access.grant' }, { offset: 0, limit: 10 });
    expect(audit.items.map((e) => e.targetId)).toEqual([ann.memberId]);
    expect(await c.ports.accessChecks.lastRun(c.communityId)).toMatchObject({ workspaces: run?.workspaces });

    c.ports.roleSync.calls.length = 0;
    await c.reconcile();
    expect(c.ports.roleSync.calls).toEqual([]);
  });

  it('takes the role of a member whose grace ran out, and only reports a manual grant', async () => {
    const c = await club();
    await c.addMember({ name: 'Ann' });
    await c.ports.roleSync.grant(c.account('stranger'));
    await c.ports.roleSync.grant(c.account('owner'));
    c.ports.clock.set(new Date(c.ports.clock.now().getTime() + 400 * DAY));
    c.ports.roleSync.calls.length = 0;

    const run = await c.reconcile();

    expect(c.ports.roleSync.calls.map((call) => `${call.op}:${call.account.platformUserId}`)).toEqual([
      'revoke:user-1',
    ]);
    expect(c.ports.roleSync.has(c.account('stranger'))).toBe(true);
    expect(c.ports.roleSync.has(c.account('owner'))).toBe(true);
    expect(run?.manualGrants.map((g) => g.platformUserId)).toEqual(['stranger']);
    expect(run?.workspaces[0]).toMatchObject({ revoked: 1, reported: 1 });
  });

  it('removes a manual grant in strict mode', async () => {
    const c = await club({ strict: true });
    await c.ports.roleSync.grant(c.account('stranger'));
    const run = await c.reconcile();
    expect(c.ports.roleSync.has(c.account('stranger'))).toBe(false);
    expect(run).toMatchObject({ strict: true, manualGrants: [{ platformUserId: 'stranger' }] });
    expect(run?.workspaces[0]).toMatchObject({ revoked: 1, reported: 0 });
  });

  it('alerts owners once per failed change, in their language, not on every retry', async () => {
    const c = await club();
    await c.addMember({ name: 'Ann' });
    await c.ports.roleSync.revoke(c.account('user-1'));
    const grant = c.ports.roleSync.grant.bind(c.ports.roleSync);
    c.ports.roleSync.grant = async () => {
      throw Object.assign(new Error('Missing Permissions'), { reason: 'missing_permission' });
    };
    c.ports.messenger.sent.length = 0;

    const first = await c.reconcile();
    const second = await c.reconcile();

    expect(first?.failures).toMatchObject([
      { platformUserId: 'user-1', change: 'grant', reason: 'missing_permission' },
    ]);
    expect(second?.failures).toHaveLength(1);
    const alerts = c.ports.messenger.sent.filter((s) => s.account.platformUserId === 'owner');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.message.fields?.[0]?.value).toContain('user-1');
    expect(alerts[0]?.message.fields?.[0]?.value).toContain('管理角色');

    // Fixed on the platform: the next run grants, and nothing more is said.
    c.ports.roleSync.grant = grant;
    const third = await c.reconcile();
    expect(third?.failures).toEqual([]);
    expect(c.ports.roleSync.has(c.account('user-1'))).toBe(true);
    expect(c.ports.messenger.sent.filter((s) => s.account.platformUserId === 'owner')).toHaveLength(1);
  });

  it('with a listing of everyone (Discord): gives the role to a listed member, counts a member who left', async () => {
    const c = await club();
    const ann = await c.addMember({ name: 'Ann' });
    await c.addMember({ name: 'Bo' });
    await c.addMember({ name: 'Cy' });
    await c.addMember({ name: 'Dee' });
    // Ann's role was removed by hand; Dee left the server; a visitor without the role and a stranger with it are on it.
    await c.ports.roleSync.revoke(c.account('user-1'));
    await c.ports.roleSync.grant(c.account('stranger'));
    c.ports.roleSync.calls.length = 0;
    const onServer = ['owner', 'user-1', 'user-2', 'user-3', 'visitor', 'stranger'];
    const everyone: AccessRoster = {
      failureReason: () => 'other',
      async roster(platform, workspaceId) {
        const page = (ids: string[]) =>
          ids.map((id) => ({
            platformUserId: id,
            access: c.ports.roleSync.has({ platform, workspaceId, platformUserId: id })
              ? ('full' as const)
              : ('none' as const),
          }));
        async function* pages() {
          for (let i = 0; i < onServer.length; i += 4) yield page(onServer.slice(i, i + 4));
        }
        return { listsEveryone: true, pages: pages() };
      },
    };
    const reconcile = () => reconcileAccess({ ...c.ports, accessRoster: everyone }, { communityId: c.communityId });

    const run = await reconcile();

    expect(c.ports.roleSync.calls.map((call) => `${call.op}:${call.account.platformUserId}`)).toEqual(['grant:user-1']);
    expect(c.ports.roleSync.calls[0]?.account.memberId).toBe(ann.memberId);
    expect(run?.workspaces[0]).toEqual({
      platform: 'discord',
      workspaceId: 'guild-1',
      listed: 3,
      granted: 1,
      revoked: 0,
      reported: 1,
      absent: 1,
      failed: 0,
    });
    expect(run?.manualGrants.map((g) => g.platformUserId)).toEqual(['stranger']);

    c.ports.roleSync.calls.length = 0;
    const second = await reconcile();
    expect(c.ports.roleSync.calls).toEqual([]);
    expect(second?.workspaces[0]).toMatchObject({ listed: 4, granted: 0, absent: 1 });
  });

  it('does nothing without a roster', async () => {
    const c = await club();
    const { reconcileAccess } = await import('./reconcile-access.js');
    expect(await reconcileAccess(c.ports, { communityId: c.communityId })).toBeNull();
  });
});
