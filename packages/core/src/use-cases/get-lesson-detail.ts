import { type Lesson, type Rsvp, type RsvpStatus, seatsLeft, waitlistedRsvps } from '../domain/lesson.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { loadLesson } from './load-lesson.js';

/** One member's RSVP as staff see it, with the member's name. */
export interface LessonRsvpEntry {
  readonly memberId: string;
  /** Null when the member was deleted since. */
  readonly displayName: string | null;
  readonly handle: string | null;
  readonly status: RsvpStatus;
  /** Null until staff record attendance. */
  readonly attended: boolean | null;
  readonly createdAt: Date;
}

/** A lesson with everyone signed up, the waitlist in order, withdrawals and attendance. */
export interface LessonDetail {
  readonly lesson: Lesson;
  readonly going: readonly LessonRsvpEntry[];
  /** First in line first. */
  readonly waitlist: readonly LessonRsvpEntry[];
  readonly cancelled: readonly LessonRsvpEntry[];
  /** Null when the lesson has no capacity limit. */
  readonly seatsLeft: number | null;
  /** True once staff recorded who attended. */
  readonly attendanceRecorded: boolean;
}

/** Staff (moderator, coach, owner) open one lesson: its RSVPs with member names, the waitlist and attendance. */
export async function getLessonDetail(
  deps: Uow<'communities' | 'lessons' | 'members'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly lessonId: string },
): Promise<LessonDetail> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const lesson = await loadLesson(repos, community.id, input.lessonId);
    const rsvps = await repos.lessons.listRsvps(community.id, lesson.id);
    const members = rsvps.length
      ? await repos.members.getMany(community.id, [...new Set(rsvps.map((r) => r.memberId))])
      : [];
    const names = new Map(members.filter((m) => !m.deletedAt).map((m) => [m.id, m]));
    const entry = (r: Rsvp): LessonRsvpEntry => ({
      memberId: r.memberId,
      displayName: names.get(r.memberId)?.displayName ?? null,
      handle: names.get(r.memberId)?.handle ?? null,
      status: r.status,
      attended: r.attended,
      createdAt: r.createdAt,
    });
    return {
      lesson,
      going: rsvps.filter((r) => r.status === 'going').map(entry),
      waitlist: waitlistedRsvps(rsvps).map(entry),
      cancelled: rsvps.filter((r) => r.status === 'cancelled').map(entry),
      seatsLeft: seatsLeft(lesson, rsvps),
      attendanceRecorded: rsvps.some((r) => r.attended !== null),
    };
  });
}
