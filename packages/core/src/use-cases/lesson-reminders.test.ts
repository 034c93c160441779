import { describe, expect, it } from 'vitest';
import { LESSON_REMINDER_JOB, lessonReminderKey } from '../domain/lesson-reminder.js';
import { DeliveryError } from '../ports/messenger.js';
import { createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;
const START = new Date('2026-01-15T12:00:00Z'); // Thursday 20:00 in Shanghai

async function setup() {
  const club = await createClubFixture();
  const coach = await club.makeCoach(await club.addMember({ name: 'Coach Chen' }));
  const lesson = await club.core.scheduleLesson({
    actor: coach,
    communityId: club.communityId,
    title: '现金流管理',
    startsAt: START,
    durationMinutes: 90,
    location: 'Zoom',
  });
  return { ...club, coach, lesson };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** What the worker does: run every queued reminder job that is due, as BullMQ would, and drop it. */
async function runDueReminders({ ports, core }: Setup) {
  const results = [];
  for (const job of ports.jobs.due(ports.clock.now())) {
    if (job.name !== LESSON_REMINDER_JOB) continue;
    results.push(await core.sendLessonReminder(job.data as { communityId: string; key: string }));
    await ports.jobs.cancel(job.name, job.id);
  }
  return results;
}

describe('lesson reminders end to end with a fake clock', () => {
  it('queues each reminder once and sends it at its instant, in the member’s language and timezone', async () => {
    const s = await setup();
    const { ports, core, communityId, lesson } = s;
    const zh = await s.addMember({ name: '王芳', locale: 'zh-CN', platforms: ['discord', 'slack'] });
    const en = await s.addMember({ name: 'Nora', locale: 'en', timezone: 'America/New_York' });
    await core.rsvpLesson({ actor: zh, communityId, lessonId: lesson.id });
    await core.rsvpLesson({ actor: en, communityId, lessonId: lesson.id });

    ports.clock.set('2026-01-14T00:00:00Z');
    const first = await core.scheduleLessonReminders({ communityId });
    const again = await core.scheduleLessonReminders({ communityId });
    expect(again.scheduled.map((r) => r.key)).toEqual(first.scheduled.map((r) => r.key));
    expect(ports.jobs.jobs.size).toBe(4);
    const job = ports.jobs.jobs.get(`${LESSON_REMINDER_JOB}:${lessonReminderKey(lesson.id, en.memberId, 60, START)}`);
    expect(job).toMatchObject({ runAt: new Date('2026-01-15T11:00:00Z'), data: { communityId } });

    ports.clock.set('2026-01-14T11:59:00Z');
    expect(await runDueReminders(s)).toEqual([]);
    ports.clock.set('2026-01-14T12:00:00Z');
    expect((await runDueReminders(s)).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(ports.messenger.sent).toHaveLength(3);
    const zhMessage = ports.messenger.sent.find((m) => m.account.memberId === zh.memberId)?.message;
    expect(zhMessage?.title).toBe('课程提醒');
    expect(zhMessage?.text).toContain('「现金流管理」将在 24 小时后开始');
    expect(zhMessage?.fields).toContainEqual({ name: '时间', value: '2026年1月15日 周四 20:00（Asia/Shanghai）' });
    const enMessage = ports.messenger.sent.find((m) => m.account.memberId === en.memberId)?.message;
    expect(enMessage?.text).toContain('starts in 24 hours');
    expect(enMessage?.fields).toContainEqual({ name: 'When', value: 'Thu 15 Jan 2026, 07:00 (America/New_York)' });

    ports.clock.set('2026-01-15T11:00:00Z');
    expect((await runDueReminders(s)).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(ports.messenger.sent).toHaveLength(6);
    expect(ports.messenger.sent.at(-1)?.message.text).toContain('1 hour');
  });

  it('gives a member who signs up after the 24 h instant only the 1 h reminder', async () => {
    const s = await setup();
    const { ports, core, communityId, lesson } = s;
    const late = await s.addMember({ name: 'Late Larry' });
    ports.clock.set(new Date(START.getTime() - 20 * HOUR));
    await core.rsvpLesson({ actor: late, communityId, lessonId: lesson.id });
    const queued = [...ports.jobs.jobs.values()].map((j) => j.id);
    expect(queued).toEqual([lessonReminderKey(lesson.id, late.memberId, 60, START)]);
    ports.clock.set(new Date(START.getTime() - HOUR));
    expect(await runDueReminders(s)).toEqual([{ key: queued[0], status: 'sent', reason: null }]);
    expect(ports.messenger.sent).toHaveLength(1);
  });

  it('never sends a reminder twice, even when the job runs twice', async () => {
    const s = await setup();
    const { ports, core, communityId, lesson } = s;
    const ann = await s.addMember({ name: 'Ann' });
    await core.rsvpLesson({ actor: ann, communityId, lessonId: lesson.id });
    ports.clock.set(new Date(START.getTime() - HOUR));
    const key = lessonReminderKey(lesson.id, ann.memberId, 60, START);
    expect(await core.sendLessonReminder({ communityId, key })).toMatchObject({ status: 'sent' });
    expect(await core.sendLessonReminder({ communityId, key })).toMatchObject({ status: 'already_sent' });
    expect(ports.messenger.sent).toHaveLength(1);
  });

  it('records a permanent failure as failed without retrying, and retries a temporary one', async () => {
    const s = await setup();
    const { ports, core, communityId, lesson } = s;
    const blocked = await s.addMember({ name: 'Blocked' });
    const flaky = await s.addMember({ name: 'Flaky' });
    await core.rsvpLesson({ actor: blocked, communityId, lessonId: lesson.id });
    await core.rsvpLesson({ actor: flaky, communityId, lessonId: lesson.id });
    ports.clock.set(new Date(START.getTime() - HOUR));

    const blockedKey = lessonReminderKey(lesson.id, blocked.memberId, 60, START);
    ports.messenger.failNext(new DeliveryError('Cannot send messages to this user', true));
    expect(await core.sendLessonReminder({ communityId, key: blockedKey })).toMatchObject({ status: 'failed' });
    expect(await core.sendLessonReminder({ communityId, key: blockedKey })).toMatchObject({ status: 'failed' });
    expect(await ports.deliveries.get(blockedKey)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'discord: Cannot send messages to this user',
    });

    const flakyKey = lessonReminderKey(lesson.id, flaky.memberId, 60, START);
    ports.messenger.failNext(new DeliveryError('503 from Discord', false));
    await expect(core.sendLessonReminder({ communityId, key: flakyKey })).rejects.toThrow('503 from Discord');
    ports.clock.advance(30_000);
    expect(await core.sendLessonReminder({ communityId, key: flakyKey })).toMatchObject({ status: 'sent' });
    expect(await ports.deliveries.get(flakyKey)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(ports.messenger.sent.map((m) => m.account.memberId)).toEqual([flaky.memberId]);
  });

  it('re-checks the rows: muted, withdrawn, moved, changed lead time or superseded reminders send nothing', async () => {
    const s = await setup();
    const { ports, core, communityId, coach, lesson } = s;
    const [muted, withdrawn, ownLead, slow] = [
      await s.addMember({ name: 'Muted' }),
      await s.addMember({ name: 'Withdrawn' }),
      await s.addMember({ name: 'Own lead' }),
      await s.addMember({ name: 'Slow job' }),
    ];
    for (const m of [muted, withdrawn, ownLead, slow])
      await core.rsvpLesson({ actor: m, communityId, lessonId: lesson.id });
    await core.setReminderPreferences({ actor: muted, communityId, muted: true });
    await core.cancelRsvp({ actor: withdrawn, communityId, lessonId: lesson.id });
    await core.setReminderPreferences({ actor: ownLead, communityId, leadMinutes: 30 });
    ports.clock.set(new Date(START.getTime() - HOUR));
    const send = (memberId: string, lead: number) =>
      core.sendLessonReminder({ communityId, key: lessonReminderKey(lesson.id, memberId, lead, START) });
    expect(await send(muted.memberId, 60)).toMatchObject({ status: 'skipped', reason: 'muted' });
    expect(await send(withdrawn.memberId, 60)).toMatchObject({ status: 'skipped', reason: 'not_going' });
    expect(await send(ownLead.memberId, 60)).toMatchObject({ status: 'skipped', reason: 'lead_changed' });
    // The 24 h job of a worker that was down: the 1 h reminder is due now and supersedes it.
    expect(await send(slow.memberId, 1440)).toMatchObject({ status: 'skipped', reason: 'too_late_or_early' });
    expect(await send(slow.memberId, 60)).toMatchObject({ status: 'sent' });

    await core.updateLesson({
      actor: coach,
      communityId,
      lessonId: lesson.id,
      patch: { startsAt: new Date(START.getTime() + 24 * HOUR) },
    });
    const changeNotices = ports.messenger.sent.length;
    ports.clock.set(new Date(START.getTime() + 23 * HOUR));
    expect(await send(ownLead.memberId, 30)).toMatchObject({ status: 'skipped', reason: 'lesson_moved' });
    const moved = new Date(START.getTime() + 24 * HOUR);
    // The move queued fresh reminders for the new time.
    expect(
      ports.jobs.jobs.has(`${LESSON_REMINDER_JOB}:${lessonReminderKey(lesson.id, slow.memberId, 60, moved)}`),
    ).toBe(true);
    await core.cancelLesson({ actor: coach, communityId, lessonId: lesson.id });
    expect(
      await core.sendLessonReminder({ communityId, key: lessonReminderKey(lesson.id, slow.memberId, 60, moved) }),
    ).toMatchObject({ status: 'skipped', reason: 'lesson_not_scheduled' });
    expect(ports.messenger.sent.length).toBeGreaterThan(changeNotices);
    expect(ports.messenger.sent.filter((m) => m.message.title === 'Lesson reminder')).toHaveLength(1);
    await expect(core.sendLessonReminder({ communityId, key: 'nonsense' })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
  });
});
