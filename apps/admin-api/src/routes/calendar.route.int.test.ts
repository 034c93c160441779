import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, startTestApi, type TestApi, type TestClub } from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

const DAY = 86_400_000;

describe('GET /calendar/:token.ics (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;

  beforeAll(async () => {
    store = await openTestRepositories();
    // buildApiServer serves the calendar itself.
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('serves the member’s lessons as an ICS feed that parses back, until the link is rotated', async () => {
    const { community } = club;
    const owner = { kind: 'member', communityId: community.id, memberId: club.ownerId, roles: ['owner'] } as const;
    const startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 60_000) * 60_000);
    const lesson = await api.core.scheduleLesson({
      actor: owner,
      communityId: community.id,
      title: 'Export pricing 出口定价',
      startsAt,
      durationMinutes: 90,
      location: 'Zoom',
    });
    await api.core.scheduleLesson({
      actor: owner,
      communityId: community.id,
      title: 'Not signed up',
      startsAt: new Date(startsAt.getTime() + DAY),
      durationMinutes: 60,
    });
    await api.core.rsvpLesson({ actor: owner, communityId: community.id, lessonId: lesson.id });
    const { token } = await api.core.rotateCalendarToken({ actor: owner, communityId: community.id });

    const response = await api.app.inject({ url: `/calendar/${token}.ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Export pricing 出口定价']);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(events[0]?.endDate.toJSDate().getTime()).toBe(startsAt.getTime() + 90 * 60_000);
    expect(events[0]?.location).toBe('Zoom');

    const rotated = await api.core.rotateCalendarToken({ actor: owner, communityId: community.id });
    const old = await api.app.inject({ url: `/calendar/${token}.ics` });
    expect(old.statusCode).toBe(404);
    expect(old.json()).toMatchObject({ error: { code: 'calendar.token_invalid' } });
    expect((await api.app.inject({ url: `/calendar/${rotated.token}.ics` })).statusCode).toBe(200);
    expect((await api.app.inject({ url: '/calendar/not-a-token.ics' })).statusCode).toBe(404);
  });
});
