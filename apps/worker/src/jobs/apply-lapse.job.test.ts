import { createCore, type DomainError, isDomainError } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { applyLapseJob } from './apply-lapse.job.js';

const DAY = 86_400_000;

/** A club whose member Ann, linked on Discord, paid for a year starting at the fake clock's start. */
async function createClub() {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Club',
    owner: { displayName: 'O' },
  });
  const now = ports.clock.now();
  const ann = { communityId: community.id, memberId: ports.ids.id() };
  await ports.members.create({
    id: ann.memberId,
    communityId: community.id,
    handle: 'ann',
    displayName: 'Ann',
    email: null,
    locale: 'en',
    timezone: null,
    reminderLeadMinutes: null,
    remindersMuted: false,
    matchingExcluded: false,
    notes: '',
    createdAt: now,
    deletedAt: null,
  });
  await ports.accounts.link({ ...ann, platform: 'discord', workspaceId: 'g', platformUserId: 'u', linkedAt: now });
  await ports.memberships.add({
    id: ports.ids.id(),
    ...ann,
    startsAt: now,
    endsAt: new Date(now.getTime() + 365 * DAY),
    kind: 'initial',
    paymentId: null,
    createdAt: now,
  });
  const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
  return { ports, core, communityId: community.id, owner, ann };
}

describe('renewal.lapse job', () => {
  it('fails (to be retried) while a platform keeps the role, without repeating the message or the audit entry', async () => {
    const club = await createClub();
    const { ports, core, communityId, ann } = club;
    const accounts = await ports.accounts.listForMember(communityId, ann.memberId);
    for (const account of accounts) await ports.roleSync.grant(account);
    ports.clock.advanceDays(365 + 8); // a year's membership, then the 7-day grace period, is over

    const revoke = ports.roleSync.revoke.bind(ports.roleSync);
    let outage = true;
    ports.roleSync.revoke = async (account) => {
      if (outage) throw new Error('Discord answered 503');
      await revoke(account);
    };
    const data = { communityId, memberId: ann.memberId, key: 'renewal-lapse:x' };
    await expect(applyLapseJob.run({ core }, data)).rejects.toThrow(
      'role removal failed on discord (Discord answered 503)',
    );
    expect(accounts.every((a) => ports.roleSync.has(a))).toBe(true);

    outage = false;
    expect(await applyLapseJob.run({ core }, data)).toMatchObject({ status: 'lapsed' });
    expect(accounts.some((a) => ports.roleSync.has(a))).toBe(false);
    expect(ports.messenger.sent.filter((s) => s.account.memberId === ann.memberId)).toHaveLength(1);
    const audit = await core.listAuditEntries({ actor: club.owner, communityId, action: 'membership.lapse' });
    expect(audit.items).toHaveLength(1);
  });

  it('treats data without a member as a permanent failure', async () => {
    const club = await createClub();
    const error = await applyLapseJob.run({ core: club.core }, { communityId: club.communityId }).catch((e) => e);
    expect(isDomainError(error)).toBe(true);
    expect((error as DomainError).code).toBe('validation.invalid');
  });
});
