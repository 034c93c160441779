import {
  goingRsvps,
  type Lesson,
  lessonEndsAt,
  type RsvpStatus,
  seatsLeft,
  waitlistedRsvps,
} from '../domain/lesson.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** One upcoming lesson as a member sees it in `/lessons`. */
export interface UpcomingLesson {
  readonly lesson: Lesson;
  /** The member's own RSVP: `going`, `waitlist`, or null (none, or cancelled). */
  readonly myRsvp: Exclude<RsvpStatus, 'cancelled'> | null;
  /** 1 for the first in line; null when not waitlisted. */
  readonly waitlistPosition: number | null;
  readonly going: number;
  readonly waitlisted: number;
  /** Null when the lesson has no capacity limit. */
  readonly seatsLeft: number | null;
}

const MAX_LIMIT = 50;
/** How far ahead `/lessons` looks. */
const WINDOW_DAYS = 180;

/** The next scheduled lessons (including one in progress), with the member's RSVP state and seats left. */
export async function listUpcomingLessons(
  deps: Uow<'communities' | 'lessons'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly limit?: number },
): Promise<readonly UpcomingLesson[]> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 10) || 10, 1), MAX_LIMIT);
  const me = input.actor.communityId === input.communityId ? actorId(input.actor) : null;
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    // Lessons last at most 12 hours, so one that started within that may still be running.
    const lessons = await repos.lessons.listBetween(
      community.id,
      new Date(now.getTime() - 12 * 3_600_000),
      new Date(now.getTime() + WINDOW_DAYS * 86_400_000),
    );
    const upcoming = lessons.filter((l) => l.status === 'scheduled' && lessonEndsAt(l) > now).slice(0, limit);
    const result: UpcomingLesson[] = [];
    for (const lesson of upcoming) {
      const rsvps = await repos.lessons.listRsvps(community.id, lesson.id);
      const waiting = waitlistedRsvps(rsvps);
      const mine = me ? rsvps.find((r) => r.memberId === me) : undefined;
      const position = mine?.status === 'waitlist' ? waiting.findIndex((r) => r.memberId === me) + 1 : 0;
      result.push({
        lesson,
        myRsvp: mine && mine.status !== 'cancelled' ? mine.status : null,
        waitlistPosition: position > 0 ? position : null,
        going: goingRsvps(rsvps).length,
        waitlisted: waiting.length,
        seatsLeft: seatsLeft(lesson, rsvps),
      });
    }
    return result;
  });
}
