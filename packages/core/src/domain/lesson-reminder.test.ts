import { describe, expect, it } from 'vitest';
import {
  effectiveLeadMinutes,
  LESSON_REMINDER_GRACE_MINUTES,
  lessonReminderKey,
  lessonReminderStillUseful,
  parseLessonReminderKey,
  planLessonReminders,
} from './lesson-reminder.js';

const START = new Date('2026-03-12T12:00:00Z');
const HOUR = 3_600_000;
const lesson = { id: 'lesson-1', communityId: 'club', status: 'scheduled' as const, startsAt: START };
const settings = { lessonReminderLeadMinutes: [24 * 60, 60] };
const member = (id: string, over: Partial<{ reminderLeadMinutes: number | null; remindersMuted: boolean }> = {}) => ({
  id,
  reminderLeadMinutes: null,
  remindersMuted: false,
  deletedAt: null,
  ...over,
});
// Signed up well before any reminder, unless a test says otherwise.
const going = (memberId: string, createdAt = new Date(START.getTime() - 30 * 24 * HOUR)) => ({
  memberId,
  status: 'going' as const,
  createdAt,
});
const at = (msBeforeStart: number) => new Date(START.getTime() - msBeforeStart);

describe('planLessonReminders', () => {
  it('plans the club lead times for each going member, with deterministic keys', () => {
    const plan = planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(48 * HOUR));
    expect(plan).toEqual([
      {
        key: 'lesson-reminder:lesson-1:m1:1440:20260312T120000.000Z',
        communityId: 'club',
        lessonId: 'lesson-1',
        memberId: 'm1',
        leadMinutes: 1440,
        sendAt: new Date('2026-03-11T12:00:00Z'),
      },
      {
        key: 'lesson-reminder:lesson-1:m1:60:20260312T120000.000Z',
        communityId: 'club',
        lessonId: 'lesson-1',
        memberId: 'm1',
        leadMinutes: 60,
        sendAt: new Date('2026-03-12T11:00:00Z'),
      },
    ]);
    expect(planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(48 * HOUR))).toEqual(plan);
  });

  it('gives a member who signs up after the 24 h instant only the 1 h reminder', () => {
    const plan = planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(20 * HOUR));
    expect(plan.map((r) => r.leadMinutes)).toEqual([60]);
  });

  it('never plans a reminder whose instant passed before the member signed up, even inside the grace window', () => {
    const signedUp = at(24 * HOUR - 5 * 60_000);
    const plan = planLessonReminders(lesson, [going('m1', signedUp)], [member('m1')], settings, signedUp);
    expect(plan.map((r) => r.leadMinutes)).toEqual([60]);
  });

  it('still plans a reminder a few minutes late (grace window), but not later than that', () => {
    const justLate = planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(24 * HOUR - 5 * 60_000));
    expect(justLate.map((r) => r.leadMinutes)).toEqual([1440, 60]);
    const tooLate = at(24 * HOUR - (LESSON_REMINDER_GRACE_MINUTES + 1) * 60_000);
    expect(
      planLessonReminders(lesson, [going('m1')], [member('m1')], settings, tooLate).map((r) => r.leadMinutes),
    ).toEqual([60]);
    // 50 minutes before: the 1 h instant is 10 minutes past, inside the grace window.
    expect(planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(50 * 60_000))).toHaveLength(1);
    expect(planLessonReminders(lesson, [going('m1')], [member('m1')], settings, at(30 * 60_000))).toEqual([]);
  });

  it('skips muted, deleted, waitlisted and cancelled members, and a lesson not scheduled or started', () => {
    const members = [
      member('muted', { remindersMuted: true }),
      { ...member('gone'), deletedAt: new Date() },
      member('wait'),
      member('cancelled'),
      member('ok'),
    ];
    const rsvps = [
      going('muted'),
      going('gone'),
      { ...going('wait'), status: 'waitlist' as const },
      { ...going('cancelled'), status: 'cancelled' as const },
      going('ok'),
      going('unknown'),
    ];
    const plan = planLessonReminders(lesson, rsvps, members, settings, at(48 * HOUR));
    expect(new Set(plan.map((r) => r.memberId))).toEqual(new Set(['ok']));
    expect(planLessonReminders({ ...lesson, status: 'cancelled' }, rsvps, members, settings, at(48 * HOUR))).toEqual(
      [],
    );
    expect(planLessonReminders(lesson, rsvps, members, settings, START)).toEqual([]);
  });

  it("uses the member's own lead time instead of the club's list", () => {
    const plan = planLessonReminders(
      lesson,
      [going('m1'), going('m2')],
      [member('m1', { reminderLeadMinutes: 15 }), member('m2')],
      settings,
      at(48 * HOUR),
    );
    expect(plan.filter((r) => r.memberId === 'm1').map((r) => r.leadMinutes)).toEqual([15]);
    expect(plan.filter((r) => r.memberId === 'm2').map((r) => r.leadMinutes)).toEqual([1440, 60]);
    expect(effectiveLeadMinutes(member('x'), { lessonReminderLeadMinutes: [60, 1440, 60] })).toEqual([1440, 60]);
  });
});

describe('lesson reminder keys and usefulness', () => {
  it('round-trips a key and refuses other text', () => {
    const key = lessonReminderKey('l-1', 'm-1', 60, START);
    expect(parseLessonReminderKey(key)).toEqual({ lessonId: 'l-1', memberId: 'm-1', leadMinutes: 60, startsAt: START });
    expect(parseLessonReminderKey('lesson-reminder:l:m:0:20260312T120000.000Z')).toBeNull();
    expect(parseLessonReminderKey('lesson-reminder:l:m:60:2026-03-12')).toBeNull();
    expect(parseLessonReminderKey('renewal-grace:m:20260312T120000.000Z')).toBeNull();
  });

  it('treats a reminder as superseded once a shorter one is due, and as useless once the lesson started', () => {
    const leads = [1440, 60];
    expect(lessonReminderStillUseful({ leadMinutes: 1440, startsAt: START }, leads, at(23 * HOUR))).toBe(true);
    expect(lessonReminderStillUseful({ leadMinutes: 1440, startsAt: START }, leads, at(HOUR - 1))).toBe(false);
    expect(lessonReminderStillUseful({ leadMinutes: 60, startsAt: START }, leads, at(60_000))).toBe(true);
    expect(lessonReminderStillUseful({ leadMinutes: 60, startsAt: START }, leads, START)).toBe(false);
    // Far too early (a job fired hours ahead): refused.
    expect(lessonReminderStillUseful({ leadMinutes: 60, startsAt: START }, leads, at(3 * HOUR))).toBe(false);
  });
});
