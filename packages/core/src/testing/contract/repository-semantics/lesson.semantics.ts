import { expect, it } from 'vitest';
import type { Lesson } from '../../../domain/lesson.js';
import { randomIds } from '../../../ports/ids.js';
import { at, byId, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: lessons. */
export function lessonSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('lessons, series and RSVPs', async () => {
    const { repos } = scope;
    const c = await club();
    const host = await member(c);
    const [m1, m2] = [await member(c), await member(c)];
    const series = {
      id: randomIds.id(),
      communityId: c,
      title: 'Growth',
      rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
      timezone: 'Asia/Shanghai',
      durationMinutes: 90,
      startsOn: at(0),
      until: null,
      description: '增长',
      location: 'Zoom',
      capacity: 30,
      hostMemberId: host.id,
      createdAt: at(0),
    };
    await repos.lessons.createSeries(series);
    await expect(repos.lessons.createSeries(series)).rejects.toThrow('unique violation: id');
    expect(await repos.lessons.getSeries(c, series.id)).toEqual(series);
    expect(await repos.lessons.getSeries(await club(), series.id)).toBeNull();
    expect(await repos.lessons.listSeries(c)).toEqual([series]);

    const lesson = (startsAt: Date, id = randomIds.id()): Lesson => ({
      id,
      communityId: c,
      seriesId: series.id,
      kind: 'lesson',
      title: 'Lesson',
      description: '',
      speakerName: null,
      speakerBio: null,
      startsAt,
      durationMinutes: 90,
      capacity: null,
      location: 'Zoom',
      status: 'scheduled',
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: host.id,
      occurrenceStartsAt: startsAt,
      version: 1,
      createdAt: at(0),
      updatedAt: at(0),
    });
    const [l1, l2] = [randomIds.id(), randomIds.id()].sort(byId) as [string, string];
    const lessons = [lesson(at(60), l2), lesson(at(60), l1), lesson(at(0)), lesson(at(120))];
    for (const l of lessons) await repos.lessons.create(l);
    await expect(repos.lessons.create(lessons[0] as Lesson)).rejects.toThrow('unique violation: id');
    expect((await repos.lessons.listBetween(c, at(0), at(120))).map((l) => l.id)).toEqual([lessons[2]?.id, l1, l2]);
    const moved = { ...(lessons[3] as Lesson), startsAt: at(30), version: 2, capacity: 0, updatedAt: at(5) };
    await repos.lessons.update(moved);
    await repos.lessons.update({ ...moved, id: randomIds.id() });
    expect(await repos.lessons.get(c, moved.id)).toEqual(moved);
    expect(await repos.lessons.get(c, 'x')).toBeNull();

    const rsvp = (memberId: string, createdAt: Date, status: 'going' | 'waitlist' = 'going') => ({
      communityId: c,
      lessonId: l1,
      memberId,
      status,
      attended: null,
      createdAt,
    });
    await repos.lessons.upsertRsvp(rsvp(host.id, at(3)));
    await repos.lessons.upsertRsvp(rsvp(m1.id, at(2)));
    await repos.lessons.upsertRsvp(rsvp(m2.id, at(2)));
    await repos.lessons.upsertRsvp({ ...rsvp(host.id, at(1), 'waitlist'), attended: true });
    expect(await repos.lessons.getRsvp(c, l1, host.id)).toEqual({
      ...rsvp(host.id, at(1), 'waitlist'),
      attended: true,
    });
    expect(await repos.lessons.getRsvp(await club(), l1, host.id)).toBeNull();
    expect((await repos.lessons.listRsvps(c, l1)).map((r) => r.memberId)).toEqual([
      host.id,
      ...[m1.id, m2.id].sort(byId),
    ]);
    expect(await repos.lessons.listRsvps(c, l2)).toEqual([]);
  });
}
