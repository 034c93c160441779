import { createClubFixture } from './club-fixture.js';

/** The club's usual series: the 2nd and 4th Thursday at 20:00. */
export const RULE = 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0';
export const HOUR = 3_600_000;

/** A club (see `createClubFixture`) with a coach, for the lesson use cases' tests. */
export async function clubWithCoach() {
  const club = await createClubFixture();
  const coach = await club.makeCoach(await club.addMember({ name: 'Coach Chen', locale: 'zh-CN' }));
  return { ...club, coach };
}

/** A one-off lesson the coach hosts on 15 January 2026, with an optional capacity. */
export async function oneLesson(club: Awaited<ReturnType<typeof clubWithCoach>>, capacity: number | null = null) {
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
