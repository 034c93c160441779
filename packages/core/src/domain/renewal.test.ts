import { describe, expect, it } from 'vitest';
import {
  LAPSE_CATCH_UP_DAYS,
  parseRenewalNoticeKey,
  planRenewalNotices,
  RENEWAL_LAPSE_JOB,
  RENEWAL_REMINDER_JOB,
  renewalNoticeKey,
} from './renewal.js';

const END = new Date('2027-03-01T04:00:00Z'); // noon in Shanghai
const settings = { renewalReminderDays: [30, 7, 1], graceDays: 7, timezone: 'Asia/Shanghai' };
const DAY = 86_400_000;

describe('planRenewalNotices', () => {
  it('plans reminders 30/7/1 days before at 10:00 club time, a grace notice at the end and the lapse after grace', () => {
    const plan = planRenewalNotices([{ memberId: 'm1', endsAt: END }], settings, new Date('2026-06-01T00:00:00Z'));
    expect(plan.map((n) => [n.kind, n.daysBefore, n.at.toISOString(), n.jobName])).toEqual([
      ['reminder', 30, '2027-01-30T02:00:00.000Z', RENEWAL_REMINDER_JOB],
      ['reminder', 7, '2027-02-22T02:00:00.000Z', RENEWAL_REMINDER_JOB],
      ['reminder', 1, '2027-02-28T02:00:00.000Z', RENEWAL_REMINDER_JOB],
      ['grace', null, '2027-03-01T04:00:00.000Z', RENEWAL_REMINDER_JOB],
      ['lapse', null, '2027-03-08T04:00:00.000Z', RENEWAL_LAPSE_JOB],
    ]);
    expect(plan.map((n) => n.key)).toEqual([
      'renewal-reminder:m1:20270301T040000.000Z:30d',
      'renewal-reminder:m1:20270301T040000.000Z:7d',
      'renewal-reminder:m1:20270301T040000.000Z:1d',
      'renewal-grace:m1:20270301T040000.000Z',
      'renewal-lapse:m1:20270301T040000.000Z',
    ]);
  });

  it('makes new keys when a renewal moves the end', () => {
    const before = planRenewalNotices([{ memberId: 'm1', endsAt: END }], settings, new Date('2026-06-01T00:00:00Z'));
    const renewed = new Date('2028-03-01T04:00:00Z');
    const after = planRenewalNotices([{ memberId: 'm1', endsAt: renewed }], settings, new Date('2026-06-01T00:00:00Z'));
    const keys = new Set(before.map((n) => n.key));
    expect(after.some((n) => keys.has(n.key))).toBe(false);
  });

  it('drops a step once the next one is due, keeps a late one until then, and forgets old lapses', () => {
    const kinds = (now: string) =>
      planRenewalNotices([{ memberId: 'm1', endsAt: END }], settings, new Date(now)).map((n) =>
        n.kind === 'reminder' ? `${n.daysBefore}d` : n.kind,
      );
    expect(kinds('2027-02-10T00:00:00Z')).toEqual(['30d', '7d', '1d', 'grace', 'lapse']);
    expect(kinds('2027-02-22T02:00:00Z')).toEqual(['7d', '1d', 'grace', 'lapse']);
    expect(kinds('2027-03-02T00:00:00Z')).toEqual(['grace', 'lapse']);
    expect(kinds('2027-03-08T04:00:00Z')).toEqual(['lapse']);
    expect(kinds(new Date(Date.parse('2027-03-08T04:00:00Z') + LAPSE_CATCH_UP_DAYS * DAY).toISOString())).toEqual([]);
  });

  it('has no grace notice without grace days, and follows configured reminder days', () => {
    const plan = planRenewalNotices(
      [{ memberId: 'm1', endsAt: END }],
      { ...settings, graceDays: 0, renewalReminderDays: [14, 14, 3] },
      new Date('2026-06-01T00:00:00Z'),
    );
    expect(plan.map((n) => (n.kind === 'reminder' ? `${n.daysBefore}d` : n.kind))).toEqual(['14d', '3d', 'lapse']);
    expect(plan.at(-1)?.at).toEqual(END);
  });

  it('round-trips keys', () => {
    expect(parseRenewalNoticeKey(renewalNoticeKey('reminder', 'm1', END, 7))).toEqual({
      kind: 'reminder',
      memberId: 'm1',
      endsAt: END,
      daysBefore: 7,
    });
    expect(parseRenewalNoticeKey(renewalNoticeKey('lapse', 'm1', END))).toEqual({
      kind: 'lapse',
      memberId: 'm1',
      endsAt: END,
      daysBefore: null,
    });
    expect(parseRenewalNoticeKey('renewal-reminder:m1:20270301T040000.000Z')).toBeNull();
    expect(parseRenewalNoticeKey('renewal-other:m1:20270301T040000.000Z')).toBeNull();
    expect(parseRenewalNoticeKey('lesson-reminder:a:b:60:20270301T040000.000Z')).toBeNull();
  });
});
