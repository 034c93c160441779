import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../rules/secret.js';
import { createClubFixture } from '../testing/club-fixture.js';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

describe('calendar feed', () => {
  it('serves the member’s lessons behind a secret token stored only as a hash, and rotation revokes the old URL', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const coach = await club.makeCoach(await club.addMember({ name: 'Coach' }));
    const ann = await club.addMember({ name: 'Ann', locale: 'zh-CN' });
    const lesson = (title: string, startsAt: string, capacity: number | null = null) =>
      core.scheduleLesson({
        actor: coach,
        communityId,
        title,
        startsAt: new Date(startsAt),
        durationMinutes: 90,
        capacity,
      });
    const going = await lesson('定价与利润, part 1; basics', '2026-01-15T12:00:00Z');
    const full = await lesson('Full house', '2026-01-22T12:00:00Z', 1);
    const dropped = await lesson('Dropped', '2026-02-12T12:00:00Z');
    const notMine = await lesson('Not signed up', '2026-02-26T12:00:00Z');
    const withdrawn = await lesson('Withdrawn', '2026-03-12T12:00:00Z');
    await core.rsvpLesson({ actor: coach, communityId, lessonId: full.id });
    for (const l of [going, full, dropped, withdrawn])
      await core.rsvpLesson({ actor: ann, communityId, lessonId: l.id });
    await core.cancelRsvp({ actor: ann, communityId, lessonId: withdrawn.id });
    await core.cancelLesson({ actor: coach, communityId, lessonId: dropped.id });

    const { token } = await core.rotateCalendarToken({ actor: ann, communityId });
    expect(token).toBeTruthy();
    const stored = await ports.auth.findCalendarToken(hashSecret(token ?? ''));
    expect(stored).toMatchObject({ memberId: ann.memberId, communityId });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await ports.auth.findCalendarToken(token ?? '')).toBeNull();

    const feed = await core.getCalendarFeed({ token: token ?? '' });
    expect(feed.memberId).toBe(ann.memberId);
    const events = parse(feed.ics);
    expect(events.map((e) => [e.summary, e.status])).toEqual([
      ['定价与利润, part 1; basics', 'CONFIRMED'],
      ['Full house', 'TENTATIVE'],
      ['Dropped', 'CANCELLED'],
    ]);
    expect(events[0]?.uid).toBe(`${going.id}@founders.snowball`);
    expect(feed.ics).toContain('X-WR-CALNAME:Founders Club 课程');
    expect(events.some((e) => e.summary === notMine.title)).toBe(false);

    const rotated = await core.rotateCalendarToken({ actor: ann, communityId });
    await expect(core.getCalendarFeed({ token: token ?? '' })).rejects.toMatchObject({
      code: 'calendar.token_invalid',
    });
    expect(parse((await core.getCalendarFeed({ token: rotated.token ?? '' })).ics)).toHaveLength(3);
    expect(await core.rotateCalendarToken({ actor: ann, communityId, revoke: true })).toEqual({ token: null });
    await expect(core.getCalendarFeed({ token: rotated.token ?? '' })).rejects.toMatchObject({
      code: 'calendar.token_invalid',
    });
    await expect(core.getCalendarFeed({ token: '' })).rejects.toMatchObject({ code: 'calendar.token_invalid' });
  });

  it('is empty once the membership lapsed', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const coach = await club.makeCoach(await club.addMember({ name: 'Coach' }));
    const ann = await club.addMember({ name: 'Ann' });
    const later = await core.scheduleLesson({
      actor: coach,
      communityId,
      title: 'Last of the year',
      startsAt: new Date('2026-12-24T12:00:00Z'),
      durationMinutes: 60,
    });
    await core.rsvpLesson({ actor: ann, communityId, lessonId: later.id });
    const { token } = await core.rotateCalendarToken({ actor: ann, communityId });
    expect(parse((await core.getCalendarFeed({ token: token ?? '' })).ics)).toHaveLength(1);
    ports.clock.set('2027-01-09T00:00:00Z');
    expect(parse((await core.getCalendarFeed({ token: token ?? '' })).ics)).toEqual([]);
  });
});
