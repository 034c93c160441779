import { randomIds } from '@snowball/core';
import type { RecordingMessenger } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Request {
  readonly method: Method;
  readonly url: string;
  readonly payload?: object;
}

describe('/api/lessons on PostgreSQL: staff run lessons from the panel', () => {
  let store: TestRepositories;
  let api: TestApi;
  let a: TestClub;
  let b: TestClub;
  let owner: SignedIn;
  let moderator: SignedIn;
  let coach: SignedIn;
  let coachId: string;
  let messenger: RecordingMessenger;

  const send = (who: SignedIn | null, request: Request, csrf = true) =>
    api.app.inject({
      method: request.method,
      url: request.url,
      headers: who ? (csrf ? who.headers : { cookie: who.cookie }) : {},
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
  const now = () => api.ports.clock.now();

  /** A paid member linked on Discord, so messages to them are really sent (and recorded). */
  async function member(club: TestClub, name: string): Promise<string> {
    const user = `u-${randomIds.code()}`;
    const application = await api.core.submitApplication({
      communityId: club.community.id,
      name,
      email: `${user.toLowerCase()}@example.com`,
      answers: [],
      valuesPledge: true,
      locale: 'en',
      account: { platform: 'discord', workspaceId: 'guild-1', platformUserId: user },
    });
    const approved = await api.core.approveApplication({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: application.id,
    });
    await api.core.recordPayment({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: application.id,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'wechat_pay',
      reference: `wx-${user}`,
    });
    return approved.memberId as string;
  }
  async function talk(club: TestClub, startsInMs = 3 * DAY, capacity: number | null = 2) {
    return api.core.scheduleLesson({
      actor: club.owner,
      communityId: club.community.id,
      kind: 'guest_talk',
      title: `Export pricing ${randomIds.code()}`,
      speakerName: 'Guest 嘉宾',
      startsAt: new Date(Math.ceil((now().getTime() + startsInMs) / 60_000) * 60_000),
      durationMinutes: 60,
      capacity,
    });
  }
  async function rsvp(club: TestClub, lessonId: string, memberId: string) {
    await api.core.rsvpLesson({ actor: club.owner, communityId: club.community.id, lessonId, memberId });
  }
  /** How many recorded messages with a matching title each member got. */
  const sentTo = (memberIds: readonly string[], title: RegExp) =>
    memberIds.map(
      (id) => messenger.sent.filter((s) => s.account.memberId === id && title.test(s.message.title ?? '')).length,
    );

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    messenger = api.ports.messenger as RecordingMessenger;
    // Start at 08:00 Shanghai on the 1st of next month, so "12 months" is exactly twelve whole months.
    const today = new Date();
    api.ports.clock.advance(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1) - today.getTime());
    a = await createClub(api.core, 'Club A');
    b = await createClub(api.core, 'Club B');
    const moderatorId = await addStaff(api.core, a, 'Mia Moderator', 'moderator');
    coachId = await addStaff(api.core, a, 'Chen Coach', 'coach');
    owner = await signIn(api, a, a.ownerId, 'owner');
    moderator = await signIn(api, a, moderatorId, 'moderator');
    coach = await signIn(api, a, coachId, 'coach');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('guards every lesson route: 401 without a session, 403 without the CSRF token or a staff role, 404 across clubs', async () => {
    const lesson = await talk(a);
    const foreign = await talk(b);
    const someone = await member(a, 'Ann');
    const routes = (id: string): Request[] => [
      { method: 'GET', url: '/api/lessons' },
      { method: 'GET', url: `/api/lessons/${id}` },
      {
        method: 'POST',
        url: '/api/lessons/series',
        payload: { title: 'S', frequency: 'weekly', weekdays: ['MO'], time: '20:00', durationMinutes: 60 },
      },
      {
        method: 'POST',
        url: '/api/lessons',
        payload: { title: 'T', startsAt: new Date(now().getTime() + DAY).toISOString(), durationMinutes: 60 },
      },
      { method: 'PATCH', url: `/api/lessons/${id}`, payload: { capacity: 5 } },
      { method: 'POST', url: `/api/lessons/${id}/cancel`, payload: {} },
      { method: 'POST', url: `/api/lessons/${id}/rsvps`, payload: { memberId: someone } },
      { method: 'DELETE', url: `/api/lessons/${id}/rsvps/${someone}` },
      { method: 'PUT', url: `/api/lessons/${id}/attendance`, payload: { attendedMemberIds: [] } },
      { method: 'POST', url: `/api/lessons/${id}/materials`, payload: { replayUrl: 'https://example.com/r' } },
    ];
    // A coach whose role was taken away keeps the cookie but loses the right at once.
    const formerId = await addStaff(api.core, a, 'Former Coach', 'coach');
    const former = await signIn(api, a, formerId, 'coach');
    await api.core.revokeStaffRole({ actor: a.owner, communityId: a.community.id, memberId: formerId, role: 'coach' });

    for (const request of routes(lesson.id)) {
      const label = `${request.method} ${request.url}`;
      const anonymous = await send(null, request);
      expect(anonymous.statusCode, label).toBe(401);
      expect(anonymous.json().error.code).toBe('auth.not_signed_in');
      const revoked = await send(former, request);
      expect(revoked.statusCode, label).toBe(403);
      expect(revoked.json().error.code).toBe('auth.staff_only');
      if (request.method !== 'GET') {
        const forged = await send(coach, request, false);
        expect(forged.statusCode, label).toBe(403);
        expect(forged.json().error.code).toBe('auth.csrf_invalid');
      }
    }
    for (const request of routes(foreign.id).filter((r) => r.url.includes(foreign.id))) {
      const response = await send(owner, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.json().error.code).toBe('lesson.not_found');
    }
    // Nothing changed in club B.
    const untouched = await api.core.getLessonDetail({
      actor: b.owner,
      communityId: b.community.id,
      lessonId: foreign.id,
    });
    expect(untouched.lesson).toMatchObject({ status: 'scheduled', capacity: 2 });
  });

  it('answers 400 with field messages for requests that do not fit', async () => {
    const lesson = await talk(a);
    const expectFields = async (request: Request, fields: string[]) => {
      const response = await send(coach, request);
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json().error;
      expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual([...fields].sort());
      for (const f of error.fields) expect(f.message).toContain(f.field);
    };
    await expectFields({ method: 'GET', url: '/api/lessons?when=someday&limit=500' }, ['when', 'limit']);
    await expectFields(
      {
        method: 'POST',
        url: '/api/lessons/series',
        payload: { title: '', frequency: 'daily', weekdays: ['XX'], time: '25:00', durationMinutes: 5, months: 99 },
      },
      ['title', 'frequency', 'weekdays.0', 'time', 'durationMinutes', 'months'],
    );
    await expectFields({ method: 'POST', url: '/api/lessons', payload: { kind: 'party', capacity: 0 } }, [
      'kind',
      'title',
      'startsAt',
      'durationMinutes',
      'capacity',
    ]);
    await expectFields({ method: 'PATCH', url: `/api/lessons/${lesson.id}`, payload: { startsAt: 'tomorrow' } }, [
      'startsAt',
    ]);
    await expectFields({ method: 'POST', url: `/api/lessons/${lesson.id}/rsvps`, payload: {} }, ['memberId']);
    await expectFields(
      { method: 'PUT', url: `/api/lessons/${lesson.id}/attendance`, payload: { attendedMemberIds: ['x'] } },
      ['attendedMemberIds.0'],
    );
    // Rules the core checks come back the same way, with the field when there is one.
    await expectFields(
      {
        method: 'POST',
        url: '/api/lessons/series',
        payload: { title: 'S', frequency: 'weekly', weekdays: ['TH'], weeks: [2], time: '20:00', durationMinutes: 60 },
      },
      ['weeks'],
    );
    const speakerless = await send(coach, {
      method: 'POST',
      url: '/api/lessons',
      payload: {
        kind: 'guest_talk',
        title: 'Talk',
        startsAt: new Date(now().getTime() + DAY).toISOString(),
        durationMinutes: 60,
      },
    });
    expect(speakerless.statusCode).toBe(400);
    expect(speakerless.json().error.code).toBe('lesson.speaker_required');
    const past = await send(coach, {
      method: 'POST',
      url: '/api/lessons',
      payload: { title: 'Late', startsAt: new Date(now().getTime() - HOUR).toISOString(), durationMinutes: 60 },
    });
    expect(past.json().error.code).toBe('lesson.in_past');
    const zone = await send(coach, {
      method: 'POST',
      url: '/api/lessons/series',
      payload: {
        title: 'S',
        frequency: 'weekly',
        weekdays: ['TH'],
        time: '20:00',
        durationMinutes: 60,
        timezone: 'Mars/Base',
      },
    });
    expect(zone.json().error.code).toBe('lesson.invalid_schedule');
  });

  it('creates a "2nd and 4th Thursday 20:00" series: 24 lessons in 12 months, in the club’s timezone, audited', async () => {
    const created = await send(coach, {
      method: 'POST',
      url: '/api/lessons/series',
      payload: {
        title: 'Founders lesson 创始人课程',
        frequency: 'monthly',
        weekdays: ['TH'],
        weeks: [2, 4],
        time: '20:00',
        durationMinutes: 90,
        capacity: 40,
        location: 'Zoom',
        hostMemberId: coachId,
        months: 12,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
      timezone: 'Asia/Shanghai',
      reused: false,
      created: 24,
    });
    // 20:00 in Shanghai is 12:00 UTC, on a Thursday between the 8th and the 28th.
    const first = new Date(body.firstStartsAt);
    expect([first.getUTCDay(), first.getUTCHours(), first.getUTCMinutes()]).toEqual([4, 12, 0]);
    expect(first.getUTCDate()).toBeGreaterThanOrEqual(8);

    const list = await send(coach, { method: 'GET', url: '/api/lessons?when=upcoming&limit=10' });
    expect(list.statusCode).toBe(200);
    const series = list.json().items.filter((l: { seriesId: string | null }) => l.seriesId === body.seriesId);
    expect(series.length).toBeGreaterThan(0);
    expect(series[0]).toMatchObject({ title: 'Founders lesson 创始人课程', speakerName: 'Chen Coach', seatsLeft: 40 });
    expect(list.json().total).toBeGreaterThanOrEqual(24);
    const page2 = await send(coach, { method: 'GET', url: '/api/lessons?when=upcoming&limit=10&offset=10' });
    expect(page2.json().items).toHaveLength(10);
    expect(page2.json().items[0].id).not.toBe(list.json().items[0].id);

    const audit = await api.core.listAuditEntries({
      actor: a.owner,
      communityId: a.community.id,
      action: 'lesson_series.create',
    });
    expect(audit.items[0]).toMatchObject({ actorId: coachId, targetId: body.seriesId });
  });

  it('schedules a guest talk, edits one occurrence and cancels it: members signed up are told', async () => {
    const ann = await member(a, 'Ann');
    const bo = await member(a, 'Bo');
    const scheduled = await send(moderator, {
      method: 'POST',
      url: '/api/lessons',
      payload: {
        kind: 'guest_talk',
        title: 'Selling to the Gulf',
        speakerName: 'Farid Hassan',
        speakerBio: 'Runs Gulf Gateway',
        startsAt: new Date(now().getTime() + 5 * DAY).toISOString(),
        durationMinutes: 60,
        capacity: 1,
        location: 'Zoom',
      },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const id = scheduled.json().id;
    expect(scheduled.json()).toMatchObject({
      kind: 'guest_talk',
      speakerBio: 'Runs Gulf Gateway',
      status: 'scheduled',
    });

    const signedUp = await send(coach, { method: 'POST', url: `/api/lessons/${id}/rsvps`, payload: { memberId: ann } });
    expect(signedUp.json()).toMatchObject({ memberId: ann, status: 'going', waitlistPosition: null });
    const waiting = await send(coach, { method: 'POST', url: `/api/lessons/${id}/rsvps`, payload: { memberId: bo } });
    expect(waiting.json()).toMatchObject({ memberId: bo, status: 'waitlist', waitlistPosition: 1 });

    const detail = await send(coach, { method: 'GET', url: `/api/lessons/${id}` });
    expect(detail.json()).toMatchObject({
      going: [{ memberId: ann, displayName: 'Ann', status: 'going', attended: null }],
      waitlist: [{ memberId: bo, displayName: 'Bo' }],
      seatsLeft: 0,
      attendanceRecorded: false,
    });

    const moved = new Date(now().getTime() + 6 * DAY);
    const edited = await send(coach, {
      method: 'PATCH',
      url: `/api/lessons/${id}`,
      payload: { startsAt: moved.toISOString(), capacity: 2, title: 'Selling to the Gulf states' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ lesson: { version: 2, capacity: 2 }, promoted: [bo] });
    expect(edited.json().notified.sent).toBeGreaterThanOrEqual(1);
    expect(sentTo([ann], /updated/i)).toEqual([1]);

    const cancelled = await send(moderator, {
      method: 'POST',
      url: `/api/lessons/${id}/cancel`,
      payload: { reason: 'Speaker is ill' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ lesson: { status: 'cancelled' }, notified: { sent: 2 } });
    expect(sentTo([ann, bo], /cancel/i)).toEqual([1, 1]);
    // Cancelling again tells nobody twice.
    const again = await send(moderator, { method: 'POST', url: `/api/lessons/${id}/cancel`, payload: {} });
    expect(again.json().notified).toMatchObject({ sent: 0, alreadySent: 2 });

    const entries = await api.core.listAuditEntries({ actor: a.owner, communityId: a.community.id, targetId: id });
    expect(entries.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['lesson.schedule', 'lesson.rsvp', 'lesson.update', 'lesson.cancel']),
    );
  });

  it('withdraws a member on their behalf and gives the seat to the first on the waitlist', async () => {
    const lesson = await talk(a, 2 * DAY, 1);
    const ann = await member(a, 'Ann');
    const bo = await member(a, 'Bo');
    await rsvp(a, lesson.id, ann);
    await rsvp(a, lesson.id, bo);
    const withdrawn = await send(coach, { method: 'DELETE', url: `/api/lessons/${lesson.id}/rsvps/${ann}` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ memberId: ann, status: 'cancelled', promotedMemberId: bo });
    const detail = (await send(coach, { method: 'GET', url: `/api/lessons/${lesson.id}` })).json();
    expect(detail.going.map((r: { memberId: string }) => r.memberId)).toEqual([bo]);
    expect(detail.cancelled.map((r: { memberId: string }) => r.memberId)).toEqual([ann]);
  });

  it('records attendance and sends the materials and replay link to attendees only', async () => {
    const lesson = await talk(a, HOUR, null);
    const ann = await member(a, 'Ann');
    const bo = await member(a, 'Bo');
    await rsvp(a, lesson.id, ann);
    await rsvp(a, lesson.id, bo);
    const early = await send(coach, {
      method: 'PUT',
      url: `/api/lessons/${lesson.id}/attendance`,
      payload: { attendedMemberIds: [ann] },
    });
    expect(early.json().error.code).toBe('lesson.not_started');

    api.ports.clock.advance(2 * HOUR);
    const recorded = await send(coach, {
      method: 'PUT',
      url: `/api/lessons/${lesson.id}/attendance`,
      payload: { attendedMemberIds: [ann] },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ lesson: { status: 'done' }, attended: 1, absent: 1 });
    const detail = (await send(coach, { method: 'GET', url: `/api/lessons/${lesson.id}` })).json();
    expect(detail.attendanceRecorded).toBe(true);
    expect(detail.going.map((r: { memberId: string; attended: boolean }) => [r.memberId, r.attended])).toEqual([
      [ann, true],
      [bo, false],
    ]);
    const past = (await send(coach, { method: 'GET', url: '/api/lessons?when=past' })).json();
    expect(past.items[0]).toMatchObject({ id: lesson.id, status: 'done', going: 2 });

    const badLink = await send(coach, {
      method: 'POST',
      url: `/api/lessons/${lesson.id}/materials`,
      payload: { materialsUrl: 'javascript:alert(1)' },
    });
    expect(badLink.statusCode).toBe(400);
    expect(badLink.json().error.fields).toEqual([expect.objectContaining({ field: 'materialsUrl' })]);

    const posted = await send(coach, {
      method: 'POST',
      url: `/api/lessons/${lesson.id}/materials`,
      payload: { materialsUrl: 'https://example.com/slides.pdf', replayUrl: 'https://example.com/replay' },
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toMatchObject({
      lesson: { materialsUrl: 'https://example.com/slides.pdf', replayUrl: 'https://example.com/replay' },
      notified: { sent: 1 },
    });
    const materials = messenger.sent.filter((s) =>
      s.message.fields?.some((f) => f.value === 'https://example.com/replay'),
    );
    expect(materials.map((s) => s.account.memberId)).toEqual([ann]);
    const entries = await api.core.listAuditEntries({
      actor: a.owner,
      communityId: a.community.id,
      targetId: lesson.id,
    });
    expect(entries.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['lesson.attendance', 'lesson.materials']),
    );
  });
});
