import { describe, expect, it } from 'vitest';
import { LESSON_CONTRIBUTION_POINTS } from '../domain/lesson.js';
import { clubWithCoach, HOUR, oneLesson } from '../testing/lesson-club.js';

describe('attendance and materials', () => {
  it('records attendance after the start, credits the host once, and sends materials to attendees once per set of links', async () => {
    const club = await clubWithCoach();
    const { ports, core, communityId, coach } = club;
    const lesson = await oneLesson(club);
    const a = await club.addMember({ name: 'Ann' });
    const b = await club.addMember({ name: 'Bo' });
    const walkIn = await club.addMember({ name: 'Walk In' });
    await core.rsvpLesson({ actor: a, communityId, lessonId: lesson.id });
    await core.rsvpLesson({ actor: b, communityId, lessonId: lesson.id });
    const attendance = {
      actor: coach,
      communityId,
      lessonId: lesson.id,
      attendedMemberIds: [a.memberId, walkIn.memberId],
    };
    await expect(core.recordAttendance(attendance)).rejects.toMatchObject({ code: 'lesson.not_started' });
    await expect(
      core.postLessonMaterials({ actor: coach, communityId, lessonId: lesson.id, materialsUrl: 'https://x.example/s' }),
    ).rejects.toMatchObject({ code: 'lesson.not_started' });

    ports.clock.set(new Date(lesson.startsAt.getTime() + 2 * HOUR));
    expect(await core.recordAttendance(attendance)).toMatchObject({
      attended: 2,
      absent: 1,
      lesson: { status: 'done' },
    });
    await core.recordAttendance(attendance);
    expect((await ports.lessons.getRsvp(communityId, lesson.id, b.memberId))?.attended).toBe(false);
    expect(await ports.lessons.getRsvp(communityId, lesson.id, walkIn.memberId)).toMatchObject({
      status: 'going',
      attended: true,
    });
    const contributions = await ports.contributions.listForMember(communityId, coach.memberId);
    expect(contributions.map((x) => [x.kind, x.sourceId, x.points])).toEqual([
      ['lesson', lesson.id, LESSON_CONTRIBUTION_POINTS],
    ]);

    await expect(
      core.postLessonMaterials({ actor: coach, communityId, lessonId: lesson.id, materialsUrl: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(core.postLessonMaterials({ actor: coach, communityId, lessonId: lesson.id })).rejects.toMatchObject({
      code: 'validation.required',
    });
    const post = { actor: coach, communityId, lessonId: lesson.id, materialsUrl: 'https://slides.example.com/pricing' };
    expect((await core.postLessonMaterials(post)).notified.sent).toBe(2);
    expect((await core.postLessonMaterials(post)).notified).toMatchObject({ sent: 0, alreadySent: 2 });
    const withReplay = await core.postLessonMaterials({ ...post, replayUrl: 'https://replay.example.com/pricing' });
    expect(withReplay.notified.sent).toBe(2);
    expect(new Set(ports.messenger.sent.map((s) => s.account.memberId))).toEqual(
      new Set([a.memberId, walkIn.memberId]),
    );
    expect(ports.messenger.sent.at(-1)?.message.fields).toEqual([
      { name: 'Materials', value: 'https://slides.example.com/pricing' },
      { name: 'Replay', value: 'https://replay.example.com/pricing' },
    ]);
  });
});
