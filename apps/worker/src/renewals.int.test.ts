import { renewalNoticeKey } from '@snowball/core';
import { RecordingRoleSync } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, until } from './testing/worker-test-kit.js';

const DAY = 86_400_000;

// The ladder's days are checked with a fake clock in the core (packages/core renewals.test.ts); this is the
// real run: rows in Postgres, the worker's reconcile, BullMQ, and the role taken away.
describe('renewals through the real worker', () => {
  const roleSync = new RecordingRoleSync();
  const h = useWorkerHarness('renewals', { roleSync, startWorker: false });
  const { messenger } = h;

  it('reminds, warns in grace, and removes the role of a member whose grace ended', async () => {
    const { community } = await createTestClub(h.core, 'renewals', {
      graceDays: 7,
      renewalReminderDays: [30, 7, 1],
      paymentInstructions: 'WeChat Pay to the treasurer',
    });
    const now = Date.now();
    const member = (name: string, endsIn: number) =>
      addTestMember(h.db.repos, community.id, { name, endsAt: new Date(now + endsIn) });
    const lapsing = await member('Lapsing Li', -8 * DAY); // grace ended a day ago
    const inGrace = await member('Grace Gu', -2 * DAY); // grace notice due, lapse in 5 days
    const soon = await member('Soon Sun', 6.5 * DAY); // the 7-day reminder is due (10:00 local, earlier today or yesterday)
    const later = await member('Later Lu', 60 * DAY); // nothing due yet
    const everyone = [lapsing, inGrace, soon, later];
    for (const m of everyone) {
      for (const account of await h.ports.accounts.listForMember(community.id, m.id)) await roleSync.grant(account);
    }
    const [lapsingAccount] = await h.ports.accounts.listForMember(community.id, lapsing.id);
    if (!lapsingAccount) throw new Error('no account');

    await h.start();
    await until(
      () => !roleSync.has(lapsingAccount) && messenger.to(inGrace.id).length > 0 && messenger.to(soon.id).length > 0,
      30_000,
      () => messenger.sent.map((s) => s.message.title),
    );
    const endOf = async (m: { id: string }) =>
      (await h.ports.memberships.listForMember(community.id, m.id)).map((p) => p.endsAt)[0] as Date;
    await until(
      async () => (await h.ports.deliveries.get(renewalNoticeKey('lapse', lapsing.id, await endOf(lapsing)))) !== null,
    );

    expect(messenger.to(lapsing.id).map((s) => s.message.title)).toEqual(['Membership lapsed']);
    expect(messenger.to(lapsing.id)[0]?.message.fields).toContainEqual({
      name: expect.any(String),
      value: 'WeChat Pay to the treasurer',
    });
    expect(messenger.to(inGrace.id).map((s) => s.message.title)).toEqual(['Your membership has ended']);
    expect(messenger.to(soon.id).map((s) => s.message.title)).toEqual(['Membership renewal']);
    expect(messenger.to(later.id)).toEqual([]);
    expect(await h.ports.deliveries.get(renewalNoticeKey('reminder', soon.id, await endOf(soon), 7))).toMatchObject({
      status: 'sent',
    });
    // Only the lapsed member lost the role; the one in grace keeps it until the grace period ends.
    expect(roleSync.calls.filter((c) => c.op === 'revoke').map((c) => c.account.memberId)).toEqual([lapsing.id]);
    for (const m of [inGrace, soon, later]) {
      for (const account of await h.ports.accounts.listForMember(community.id, m.id)) {
        expect(roleSync.has(account)).toBe(true);
      }
    }
    const audit = await h.core.listAuditEntries({
      actor: { kind: 'system', communityId: community.id, label: 'test' },
      communityId: community.id,
      action: 'membership.lapse',
    });
    expect(audit.items.map((e) => e.targetId)).toEqual([lapsing.id]);
  });
});
