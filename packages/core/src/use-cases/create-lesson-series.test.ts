import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { clubWithCoach, RULE } from '../testing/lesson-club.js';

describe('lesson series', () => {
  it('generates the 24 lessons of the year, and re-running adds only what is missing', async () => {
    const { ports, core, communityId, coach, owner } = await clubWithCoach();
    const input = {
      actor: coach,
      communityId,
      title: 'Founders lesson 创始人课程',
      rule: 'freq=monthly;byday=2TH,4TH;byhour=20',
      durationMinutes: 90,
      hostMemberId: coach.memberId,
    };
    const first = await core.createLessonSeries(input);
    expect(first.reused).toBe(false);
    expect(first.series.rule).toBe(RULE);
    expect(first.created).toHaveLength(24);
    expect(
      first.created.map((l) => DateTime.fromJSDate(l.startsAt, { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm')),
    ).toContain('12-24 20:00');
    expect(first.created.every((l) => l.speakerName === 'Coach Chen' && l.hostMemberId === coach.memberId)).toBe(true);

    const again = await core.createLessonSeries(input);
    expect(again).toMatchObject({ reused: true, created: [] });
    expect(again.series.id).toBe(first.series.id);

    // A moved and a cancelled occurrence are never recreated; a longer horizon adds January 2027.
    const [moved, dropped] = first.created;
    await core.updateLesson({
      actor: coach,
      communityId,
      lessonId: moved?.id ?? '',
      patch: { startsAt: new Date('2026-01-09T12:00:00Z') },
    });
    await core.cancelLesson({ actor: coach, communityId, lessonId: dropped?.id ?? '' });
    const longer = await core.createLessonSeries({ ...input, months: 13 });
    expect(longer.created.map((l) => l.startsAt.toISOString())).toEqual([
      '2027-01-14T12:00:00.000Z',
      '2027-01-28T12:00:00.000Z',
    ]);
    ports.clock.advanceDays(40);
    expect(
      (await core.extendLessonSeries({ communityId, months: 13 })).created.map((l) => l.startsAt.toISOString()),
    ).toEqual(['2027-02-11T12:00:00.000Z', '2027-02-25T12:00:00.000Z']);

    const audit = await ports.audit.list(communityId, {}, pageRequest(50));
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['lesson_series.create', 'lesson_series.extend', 'lesson.update', 'lesson.cancel']),
    );
    await expect(core.createLessonSeries({ ...input, actor: { ...owner, roles: [] } })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    await expect(core.createLessonSeries({ ...input, rule: 'FREQ=MONTHLY;BYDAY=2TH' })).rejects.toMatchObject({
      code: 'lesson.invalid_schedule',
    });
  });
});
