import { describe, expect, it } from 'vitest';
import { RENEWAL_LAPSE_JOB, RENEWAL_REMINDER_JOB } from '../domain/renewal.js';
import { pageRequest } from '../ports/page.js';
import { type ClubFixture, createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;

/** What the worker does each hour: reconcile the ladder into the queue every 6 hours, run due jobs once each. */
async function workerHour({ ports, core, communityId }: ClubFixture) {
  if (ports.clock.now().getUTCHours() % 6 === 0) await core.scheduleRenewalNotices({ communityId });
  for (const job of ports.jobs.due(ports.clock.now())) {
    const data = job.data as { communityId: string; key: string; memberId: string };
    if (job.name === RENEWAL_REMINDER_JOB) await core.sendRenewalReminder(data);
    if (job.name === RENEWAL_LAPSE_JOB) await core.applyLapse(data);
    await ports.jobs.cancel(job.name, job.id);
  }
}

describe('renewal ladder, grace and lapse with a fake clock', () => {
  it('reminds 30/7/1 days before, warns at the end, lapses after grace, and a payment restores access', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId, owner } = club;
    // Both paid on 1 January 2026: their year ends 2027-01-01 08:00 Shanghai (00:00 UTC).
    const ann = await club.addMember({ name: 'Ann', platforms: ['discord', 'slack'] });
    const bo = await club.addMember({ name: 'Bo', locale: 'zh-CN' });
    const account = { platform: 'discord' as const, workspaceId: 'guild-1' };
    const annDiscord = { ...account, platformUserId: 'user-1' };
    const annSlack = { platform: 'slack' as const, workspaceId: 'T1', platformUserId: 'user-1' };
    expect(ports.roleSync.has(annDiscord) && ports.roleSync.has(annSlack)).toBe(true);

    const received: [string, string, string][] = [];
    const watch = () => {
      for (const m of ports.messenger.sent.splice(0)) {
        received.push([
          ports.clock.now().toISOString(),
          m.account.memberId === ann.memberId ? 'ann' : 'bo',
          m.message.title ?? '',
        ]);
      }
    };
    const hasRole = () => ports.roleSync.has(annDiscord);
    let roleAtGraceEnd = false;
    ports.clock.set('2026-11-25T00:00:00Z');
    while (ports.clock.now() < new Date('2027-01-12T00:00:00Z')) {
      if (ports.clock.now().toISOString() === '2026-12-10T06:00:00.000Z') {
        await core.recordPayment({
          actor: owner,
          communityId,
          memberId: bo.memberId,
          amountMinor: 100_000,
          currency: 'CNY',
          method: 'alipay',
          reference: 'renew-bo',
        });
      }
      if (ports.clock.now().toISOString() === '2027-01-07T23:00:00.000Z') roleAtGraceEnd = hasRole();
      await workerHour(club);
      watch();
      ports.clock.advance(HOUR);
    }
    expect(received).toEqual([
      ['2026-12-02T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2026-12-02T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2026-12-02T02:00:00.000Z', 'bo', '会籍续费提醒'],
      ['2026-12-25T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2026-12-25T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2026-12-31T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2026-12-31T02:00:00.000Z', 'ann', 'Membership renewal'],
      ['2027-01-01T00:00:00.000Z', 'ann', 'Your membership has ended'],
      ['2027-01-01T00:00:00.000Z', 'ann', 'Your membership has ended'],
      ['2027-01-08T00:00:00.000Z', 'ann', 'Membership lapsed'],
      ['2027-01-08T00:00:00.000Z', 'ann', 'Membership lapsed'],
    ]);
    expect(roleAtGraceEnd).toBe(true);
    expect(hasRole()).toBe(false);
    expect(ports.roleSync.has(annSlack)).toBe(false);
    expect(ports.roleSync.has({ ...account, platformUserId: 'user-2' })).toBe(true);

    const reminder = (await ports.deliveries.get(`renewal-reminder:${ann.memberId}:20270101T000000.000Z:7d`))?.status;
    expect(reminder).toBe('sent');
    const audit = await ports.audit.list(communityId, { action: 'membership.lapse' }, pageRequest());
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorId: null, actorLabel: 'system:renewals', targetId: ann.memberId });

    // Running the lapse again changes nothing more.
    expect(await core.applyLapse({ communityId, memberId: ann.memberId })).toMatchObject({
      status: 'lapsed',
      notice: { status: 'already_sent' },
    });
    expect((await ports.audit.list(communityId, { action: 'membership.lapse' }, pageRequest())).total).toBe(1);
    expect(ports.messenger.sent).toHaveLength(0);

    // Paying again gives access back on every platform, and a lapse job left in the queue then does nothing.
    const { period } = await core.recordPayment({
      actor: owner,
      communityId,
      memberId: ann.memberId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'back-ann',
    });
    expect(period.startsAt).toEqual(ports.clock.now());
    expect(hasRole() && ports.roleSync.has(annSlack)).toBe(true);
    expect(await core.applyLapse({ communityId, memberId: ann.memberId })).toMatchObject({
      status: 'skipped',
      reason: 'not_lapsed',
    });
    expect(hasRole()).toBe(true);
  });

  it('puts the fee and the payment instructions in the reminder, and skips a stale or renewed one', async () => {
    const club = await createClubFixture({ settings: { paymentInstructions: '转账至招商银行 6225…，备注会员名' } });
    const { ports, core, communityId, owner } = club;
    const bo = await club.addMember({ name: 'Bo', locale: 'zh-CN', timezone: 'Europe/Berlin' });
    ports.clock.set('2026-12-25T02:00:00Z');
    const key = `renewal-reminder:${bo.memberId}:20270101T000000.000Z:7d`;
    expect(await core.sendRenewalReminder({ communityId, key })).toMatchObject({ status: 'sent' });
    const message = ports.messenger.sent[0]?.message;
    expect(message?.text).toBe('你的会籍将于 2027年1月1日 到期（还有 7 天）。续费请支付会费 1,000 CNY。');
    expect(message?.fields).toEqual([{ name: '付款方式', value: '转账至招商银行 6225…，备注会员名' }]);

    // The 30-day reminder is superseded by now; a renewal makes every key of the old end stale.
    const old = `renewal-reminder:${bo.memberId}:20270101T000000.000Z:30d`;
    expect(await core.sendRenewalReminder({ communityId, key: old })).toMatchObject({
      status: 'skipped',
      reason: 'superseded',
    });
    const oneDay = `renewal-reminder:${bo.memberId}:20270101T000000.000Z:1d`;
    expect(await core.sendRenewalReminder({ communityId, key: oneDay })).toMatchObject({
      status: 'skipped',
      reason: 'not_due',
    });
    await core.recordPayment({
      actor: owner,
      communityId,
      memberId: bo.memberId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'wechat_pay',
      reference: 'renew',
    });
    ports.clock.set('2026-12-31T02:00:00Z');
    expect(await core.sendRenewalReminder({ communityId, key: oneDay })).toMatchObject({
      status: 'skipped',
      reason: 'renewed',
    });
    expect(ports.messenger.sent).toHaveLength(1);
    await expect(
      core.sendRenewalReminder({ communityId, key: `renewal-lapse:${bo.memberId}:20270101T000000.000Z` }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
  });
});

describe('renewalsDueSummary', () => {
  it('sends owners who is due, in grace and lapsed yesterday, once per club day', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ann = await club.addMember({ name: 'Ann' });
    ports.clock.set('2026-04-01T00:00:00Z');
    await club.addMember({ name: 'Later' });
    ports.clock.set('2026-12-05T01:00:00Z');
    const first = await core.renewalsDueSummary({ communityId });
    expect(first.date).toBe('2026-12-05');
    expect(first.due.map((e) => e.displayName)).toEqual(['Ann']);
    expect(first.sent.map((r) => r.status)).toEqual(['sent']);
    expect(ports.messenger.sent[0]?.account.memberId).toBe(club.owner.memberId);
    // The owner reads the club's default language.
    expect(ports.messenger.sent[0]?.message.title).toBe('续费日报 · 2026-12-05');
    expect(ports.messenger.sent[0]?.message.fields).toEqual([
      { name: '30 天内到期', value: 'Ann · 2027年1月1日 到期' },
    ]);
    expect((await core.renewalsDueSummary({ communityId })).sent.map((r) => r.status)).toEqual(['already_sent']);
    ports.clock.advanceDays(1);
    expect((await core.renewalsDueSummary({ communityId })).sent.map((r) => r.status)).toEqual(['sent']);

    ports.clock.set('2027-01-03T01:00:00Z');
    expect((await core.renewalsDueSummary({ communityId })).inGrace.map((e) => e.memberId)).toEqual([ann.memberId]);
    ports.clock.set('2027-01-09T01:00:00Z');
    const lapsed = await core.renewalsDueSummary({ communityId });
    expect(lapsed).toMatchObject({ date: '2027-01-09', due: [], inGrace: [] });
    expect(lapsed.lapsedYesterday.map((e) => e.memberId)).toEqual([ann.memberId]);
    ports.clock.set('2027-01-20T01:00:00Z');
    expect(await core.renewalsDueSummary({ communityId })).toMatchObject({ lapsedYesterday: [], sent: [] });
  });
});
