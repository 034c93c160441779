import { describe, expect, it } from 'vitest';
import { clubWithCoach, oneLesson } from '../testing/lesson-club.js';

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
