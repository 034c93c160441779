import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { LESSON_CONTRIBUTION_POINTS } from '../domain/lesson.js';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

const RULE = 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0';
const HOUR = 3_600_000;

async function clubWithCoach() {
  const club = await createClubFixture();
  const coach = await club.makeCoach(await club.addMember({ name: 'Coach Chen', locale: 'zh-CN' }));
  return { ...club, coach };
}

async function oneLesson(club: Awaited<ReturnType<typeof clubWithCoach>>, capacity: number | null = null) {
  return club.core.scheduleLesson({
    actor: club.coach,
    communityId: club.communityId,
    title: 'Pricing and margins',
    startsAt: new Date('2026-01-15T12:00:00Z'),
    durationMinutes: 90,
    capacity,
    location: 'https://meet.example.com/pricing',
    hostMemberId: club.coach.memberId,
  });
}

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

describe('one-off lessons and guest talks', () => {
  it('needs a speaker for a guest talk, a future time and staff', async () => {
    const { core, communityId, coach } = await clubWithCoach();
    const talk = {
      actor: coach,
      communityId,
      kind: 'guest_talk' as const,
      title: 'Selling to the Middle East',
      startsAt: new Date('2026-02-01T12:00:00Z'),
      durationMinutes: 60,
    };
    await expect(core.scheduleLesson(talk)).rejects.toMatchObject({ code: 'lesson.speaker_required' });
    const lesson = await core.scheduleLesson({ ...talk, speakerName: 'Farid Hassan', speakerBio: 'Gulf Gateway' });
    expect(lesson).toMatchObject({ kind: 'guest_talk', speakerName: 'Farid Hassan', hostMemberId: null, version: 1 });
    await expect(
      core.scheduleLesson({ ...talk, speakerName: 'X', startsAt: new Date('2025-12-31T00:00:00Z') }),
    ).rejects.toMatchObject({
      code: 'lesson.in_past',
    });
    await expect(core.scheduleLesson({ ...talk, speakerName: 'X', durationMinutes: 5 })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
  });
});

describe('RSVPs and the waitlist', () => {
  it('fills seats, waitlists the rest, and promotes the first in line when someone cancels', async () => {
    const club = await clubWithCoach();
    const { ports, core, communityId } = club;
    const lesson = await oneLesson(club, 2);
    const [a, b, c, d] = [
      await club.addMember({ name: 'Ann' }),
      await club.addMember({ name: 'Bo' }),
      await club.addMember({ name: 'Cai', locale: 'zh-CN', timezone: 'Europe/Berlin' }),
      await club.addMember({ name: 'Dee' }),
    ];
    const rsvp = (actor: typeof a) => core.rsvpLesson({ actor, communityId, lessonId: lesson.id });
    expect((await rsvp(a)).rsvp.status).toBe('going');
    ports.clock.advance(1000);
    expect((await rsvp(b)).rsvp.status).toBe('going');
    ports.clock.advance(1000);
    expect(await rsvp(c)).toMatchObject({ rsvp: { status: 'waitlist' }, waitlistPosition: 1, changed: true });
    ports.clock.advance(1000);
    expect(await rsvp(d)).toMatchObject({ rsvp: { status: 'waitlist' }, waitlistPosition: 2 });
    expect(await rsvp(c)).toMatchObject({ waitlistPosition: 1, changed: false });

    const [listed] = await core.listUpcomingLessons({ actor: d, communityId });
    expect(listed).toMatchObject({ myRsvp: 'waitlist', waitlistPosition: 2, going: 2, waitlisted: 2, seatsLeft: 0 });

    const cancelled = await core.cancelRsvp({ actor: a, communityId, lessonId: lesson.id });
    expect(cancelled).toMatchObject({ rsvp: { status: 'cancelled' }, promotedMemberId: c.memberId });
    expect(cancelled.promotionNotice).toMatchObject({ status: 'sent' });
    expect(ports.messenger.sent).toHaveLength(1);
    const notice = ports.messenger.sent[0];
    expect(notice?.account.memberId).toBe(c.memberId);
    expect(notice?.message.title).toBe('候补成功');
    // Cai reads the time in Berlin: 13:00 local on 15 January.
    expect(notice?.message.text).toContain('2026年1月15日 周四 13:00（Europe/Berlin）');
    expect((await ports.lessons.getRsvp(communityId, lesson.id, c.memberId))?.status).toBe('going');
    expect(await core.cancelRsvp({ actor: a, communityId, lessonId: lesson.id })).toMatchObject({
      promotedMemberId: null,
    });
    expect(ports.messenger.sent).toHaveLength(1);

    // Signing up again after cancelling joins the end of the line.
    ports.clock.advance(1000);
    expect(await rsvp(a)).toMatchObject({ rsvp: { status: 'waitlist' }, waitlistPosition: 2 });
    // The promoted member's reminders were queued right away.
    expect([...ports.jobs.jobs.values()].some((j) => String(j.data.key).includes(c.memberId))).toBe(false);
    ports.clock.set('2026-01-14T00:00:00Z');
    await core.cancelRsvp({ actor: b, communityId, lessonId: lesson.id });
    expect([...ports.jobs.jobs.values()].filter((j) => String(j.data.key).includes(d.memberId))).toHaveLength(2);
  });

  it('refuses members without a membership, past lessons and foreign actors', async () => {
    const club = await clubWithCoach();
    const { ports, core, communityId, owner } = club;
    const lesson = await oneLesson(club);
    const unpaid = await club.addMember({ name: 'Unpaid', paid: false });
    await expect(core.rsvpLesson({ actor: unpaid, communityId, lessonId: lesson.id })).rejects.toMatchObject({
      code: 'membership.none',
    });
    // Staff may always sign up.
    expect((await core.rsvpLesson({ actor: owner, communityId, lessonId: lesson.id })).rsvp.status).toBe('going');
    await expect(
      core.rsvpLesson({ actor: { kind: 'system', communityId, label: 'x' }, communityId, lessonId: lesson.id }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    ports.clock.set(lesson.startsAt);
    const late = await club.addMember({ name: 'Late' });
    await expect(core.rsvpLesson({ actor: late, communityId, lessonId: lesson.id })).rejects.toMatchObject({
      code: 'lesson.in_past',
    });
    await expect(core.rsvpLesson({ actor: late, communityId, lessonId: 'nope' })).rejects.toMatchObject({
      code: 'lesson.not_found',
    });
  });

  it('promotes waitlisted members when staff raise the capacity', async () => {
    const club = await clubWithCoach();
    const { ports, core, communityId, coach } = club;
    const lesson = await oneLesson(club, 1);
    const a = await club.addMember({ name: 'Ann' });
    const b = await club.addMember({ name: 'Bo' });
    await core.rsvpLesson({ actor: a, communityId, lessonId: lesson.id });
    await core.rsvpLesson({ actor: b, communityId, lessonId: lesson.id });
    const updated = await core.updateLesson({ actor: coach, communityId, lessonId: lesson.id, patch: { capacity: 5 } });
    expect(updated).toMatchObject({ promoted: [b.memberId], notified: null, lesson: { version: 1, capacity: 5 } });
    expect(ports.messenger.sent.map((s) => s.account.memberId)).toEqual([b.memberId]);
  });
});

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

describe('reminder preferences', () => {
  it('sets the member’s own lead time or mute, and refuses nonsense', async () => {
    const club = await clubWithCoach();
    const { core, communityId } = club;
    const a = await club.addMember({ name: 'Ann' });
    expect(await core.setReminderPreferences({ actor: a, communityId, leadMinutes: 30 })).toMatchObject({
      reminderLeadMinutes: 30,
      remindersMuted: false,
    });
    expect(await core.setReminderPreferences({ actor: a, communityId, muted: true })).toMatchObject({
      reminderLeadMinutes: 30,
      remindersMuted: true,
    });
    expect(await core.setReminderPreferences({ actor: a, communityId, leadMinutes: null, muted: false })).toMatchObject(
      {
        reminderLeadMinutes: null,
        remindersMuted: false,
      },
    );
    await expect(core.setReminderPreferences({ actor: a, communityId, leadMinutes: 0 })).rejects.toMatchObject({
      code: 'lesson.invalid_reminder_lead',
    });
    await expect(
      core.setReminderPreferences({ actor: a, communityId, leadMinutes: 60 * 24 * 8 }),
    ).rejects.toMatchObject({
      code: 'lesson.invalid_reminder_lead',
    });
  });
});
