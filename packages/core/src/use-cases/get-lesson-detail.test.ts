import { describe, expect, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import { createClubFixture } from '../testing/club-fixture.js';

const HOUR = 3_600_000;

async function clubWithLesson() {
  const club = await createClubFixture();
  const coach = await club.makeCoach(await club.addMember({ name: 'Coach Chen', locale: 'zh-CN' }));
  const lesson = await club.core.scheduleLesson({
    actor: coach,
    communityId: club.communityId,
    kind: 'guest_talk',
    title: 'Selling to the Middle East',
    speakerName: 'Farid Hassan',
    startsAt: new Date('2026-01-10T12:00:00Z'),
    durationMinutes: 60,
    capacity: 1,
  });
  return { ...club, coach, lesson };
}

describe('getLessonDetail and staff RSVPs on a member’s behalf', () => {
  it('lists going, the waitlist in order and withdrawals with names; staff only', async () => {
    const { ports, core, communityId, coach, owner, lesson, addMember } = await clubWithLesson();
    const ann = await addMember({ name: 'Ann' });
    const bo = await addMember({ name: 'Bo' });
    const cai = await addMember({ name: 'Cai' });
    for (const member of [ann, bo, cai]) await core.rsvpLesson({ actor: member, communityId, lessonId: lesson.id });
    await core.cancelRsvp({ actor: cai, communityId, lessonId: lesson.id });

    const detail = await core.getLessonDetail({ actor: coach, communityId, lessonId: lesson.id });
    expect(detail.lesson.title).toBe('Selling to the Middle East');
    expect(detail.going.map((r) => r.displayName)).toEqual(['Ann']);
    expect(detail.waitlist.map((r) => r.displayName)).toEqual(['Bo']);
    expect(detail.cancelled.map((r) => r.displayName)).toEqual(['Cai']);
    expect(detail).toMatchObject({ seatsLeft: 0, attendanceRecorded: false });

    ports.clock.set(new Date(lesson.startsAt.getTime() + HOUR));
    await core.recordAttendance({ actor: coach, communityId, lessonId: lesson.id, attendedMemberIds: [ann.memberId] });
    const after = await core.getLessonDetail({ actor: owner, communityId, lessonId: lesson.id });
    expect(after.attendanceRecorded).toBe(true);
    expect(after.going.map((r) => [r.displayName, r.attended])).toEqual([['Ann', true]]);

    await expect(core.getLessonDetail({ actor: ann, communityId, lessonId: lesson.id })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    await expect(core.getLessonDetail({ actor: coach, communityId, lessonId: ports.ids.id() })).rejects.toMatchObject({
      code: 'lesson.not_found',
    });
  });

  it('lets staff sign a member up and withdraw them, audited; members cannot act for others', async () => {
    const { ports, core, communityId, coach, lesson, addMember } = await clubWithLesson();
    const ann = await addMember({ name: 'Ann' });
    const bo = await addMember({ name: 'Bo' });
    const unpaid = (await addMember({ name: 'Unpaid', paid: false })).memberId;

    const signed = await core.rsvpLesson({ actor: coach, communityId, lessonId: lesson.id, memberId: ann.memberId });
    expect(signed.rsvp).toMatchObject({ memberId: ann.memberId, status: 'going' });
    await core.rsvpLesson({ actor: coach, communityId, lessonId: lesson.id, memberId: bo.memberId });
    await expect(
      core.rsvpLesson({ actor: ann, communityId, lessonId: lesson.id, memberId: bo.memberId }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      core.rsvpLesson({ actor: coach, communityId, lessonId: lesson.id, memberId: unpaid }),
    ).rejects.toMatchObject({ code: 'membership.none' });

    const withdrawn = await core.cancelRsvp({ actor: coach, communityId, lessonId: lesson.id, memberId: ann.memberId });
    expect(withdrawn).toMatchObject({ rsvp: { status: 'cancelled' }, promotedMemberId: bo.memberId });
    await expect(
      core.cancelRsvp({ actor: ann, communityId, lessonId: lesson.id, memberId: bo.memberId }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });

    const audit = await ports.audit.list(communityId, {}, pageRequest(50));
    const actions = audit.items.filter((e) => e.targetId === lesson.id).map((e) => [e.action, e.actorId]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['lesson.rsvp', coach.memberId],
        ['lesson.rsvp_cancel', coach.memberId],
      ]),
    );
    // A member's own RSVP is their business, not a staff action: no audit entry.
    await core.rsvpLesson({ actor: ann, communityId, lessonId: lesson.id });
    const again = await ports.audit.list(communityId, {}, pageRequest(50));
    expect(again.items.filter((e) => e.action === 'lesson.rsvp')).toHaveLength(2);
  });
});

describe('listLessons', () => {
  it('pages upcoming lessons soonest first and past ones latest first, with head counts', async () => {
    const { ports, core, communityId, coach, lesson, addMember } = await clubWithLesson();
    await core.createLessonSeries({
      actor: coach,
      communityId,
      title: 'Founders lesson',
      rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
      durationMinutes: 90,
      months: 12,
    });
    const ann = await addMember({ name: 'Ann' });
    await core.rsvpLesson({ actor: ann, communityId, lessonId: lesson.id });

    const first = await core.listLessons({ actor: coach, communityId, when: 'upcoming', limit: 3 });
    expect(first.total).toBe(25);
    expect(first.items.map((i) => i.lesson.title)).toEqual([
      'Founders lesson',
      'Selling to the Middle East',
      'Founders lesson',
    ]);
    expect(first.items[1]).toMatchObject({ going: 1, waitlisted: 0, seatsLeft: 0 });
    const last = await core.listLessons({ actor: coach, communityId, when: 'upcoming', limit: 3, offset: 24 });
    expect(last.items).toHaveLength(1);

    ports.clock.set('2026-02-01T00:00:00Z');
    const past = await core.listLessons({ actor: coach, communityId, when: 'past' });
    expect(past.items.map((i) => i.lesson.startsAt.toISOString())).toEqual([
      '2026-01-22T12:00:00.000Z',
      '2026-01-10T12:00:00.000Z',
      '2026-01-08T12:00:00.000Z',
    ]);
    await expect(core.listLessons({ actor: ann, communityId, when: 'past' })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });
});
