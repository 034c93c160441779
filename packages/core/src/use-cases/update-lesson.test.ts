import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { clubWithCoach, oneLesson } from '../testing/lesson-club.js';

describe('changing and cancelling a lesson', () => {
  it('tells members signed up about each change once, and about a cancellation once', async () => {
    const club = await clubWithCoach();
    const { ports, core, communityId, coach } = club;
    const lesson = await oneLesson(club, 1);
    const a = await club.addMember({ name: 'Ann' });
    const b = await club.addMember({ name: 'Bo', locale: 'zh-CN' });
    await core.rsvpLesson({ actor: a, communityId, lessonId: lesson.id });
    await core.rsvpLesson({ actor: b, communityId, lessonId: lesson.id });

    const moved = await core.updateLesson({
      actor: coach,
      communityId,
      lessonId: lesson.id,
      patch: { startsAt: new Date('2026-01-16T12:00:00Z'), description: 'Bring your numbers' },
    });
    expect(moved.lesson.version).toBe(2);
    expect(moved.notified).toEqual({ sent: 2, alreadySent: 0, failed: 0, retry: 0 });
    expect(ports.messenger.sent.map((s) => s.message.title).sort()).toEqual(['Lesson updated', '课程有变动']);
    expect(await ports.deliveries.get(`lesson-changed:${lesson.id}:v2:${a.memberId}`)).toMatchObject({
      status: 'sent',
    });

    // Re-running the notice (a reconcile) sends nothing new; a member who signed up after the change is not told.
    const c = await club.addMember({ name: 'Cai' });
    ports.clock.advance(1000);
    await core.rsvpLesson({ actor: c, communityId, lessonId: lesson.id });
    expect(await core.notifyLessonChange({ communityId, lessonId: lesson.id })).toEqual({
      sent: 0,
      alreadySent: 2,
      failed: 0,
      retry: 0,
    });

    // A description-only edit is not announced.
    const quiet = await core.updateLesson({
      actor: coach,
      communityId,
      lessonId: lesson.id,
      patch: { description: 'x' },
    });
    expect(quiet).toMatchObject({ notified: null, lesson: { version: 2 } });
    expect(ports.messenger.sent).toHaveLength(2);

    const cancelled = await core.cancelLesson({
      actor: coach,
      communityId,
      lessonId: lesson.id,
      reason: 'Coach is ill',
    });
    expect(cancelled.lesson).toMatchObject({ status: 'cancelled', version: 3 });
    expect(cancelled.notified.sent).toBe(3);
    const notice = ports.messenger.sent.find(
      (s) => s.account.memberId === a.memberId && s.message.title === 'Lesson cancelled',
    );
    expect(notice?.message.fields).toEqual([{ name: 'Reason', value: 'Coach is ill' }]);
    expect((await core.cancelLesson({ actor: coach, communityId, lessonId: lesson.id })).notified.alreadySent).toBe(3);
    expect(ports.messenger.sent).toHaveLength(5);
    await expect(core.rsvpLesson({ actor: a, communityId, lessonId: lesson.id })).rejects.toMatchObject({
      code: 'lesson.cancelled',
    });
    await expect(
      core.updateLesson({ actor: coach, communityId, lessonId: lesson.id, patch: { title: 'x' } }),
    ).rejects.toMatchObject({ code: 'lesson.cancelled' });
    const audit = await ports.audit.list(communityId, { targetId: lesson.id }, pageRequest(20));
    expect(audit.items.map((e) => e.action).sort()).toEqual([
      'lesson.cancel',
      'lesson.schedule',
      'lesson.update',
      'lesson.update',
    ]);
  });
});
