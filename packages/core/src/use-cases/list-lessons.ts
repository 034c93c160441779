import { goingRsvps, type Lesson, lessonEndsAt, seatsLeft, waitlistedRsvps } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { LESSON_LIMITS } from '../rules/lesson-fields.js';
import { loadCommunity } from '../rules/load.js';

/** One lesson in the staff list, with its head counts. */
export interface LessonListItem {
  readonly lesson: Lesson;
  readonly going: number;
  readonly waitlisted: number;
  /** Null when the lesson has no capacity limit. */
  readonly seatsLeft: number | null;
}

export const LESSON_LIST_WHEN = ['upcoming', 'past'] as const;
export type LessonListWhen = (typeof LESSON_LIST_WHEN)[number];

const DAY_MS = 86_400_000;
/** Series are generated at most 24 months ahead; a few days more catches lessons moved later. */
const AHEAD_DAYS = (LESSON_LIMITS.maxSeriesMonths + 1) * 31;
/** "Recent" lessons: the last year is what staff follow up on (attendance, materials). */
const BEHIND_DAYS = 366;

/**
 * Staff list a club's lessons a page at a time: `upcoming` (not over yet, soonest first, cancelled ones included
 * so staff see them) or `past` (over or done within the last year, latest first). Head counts are read only
 * for the lessons on the page.
 */
export async function listLessons(
  deps: Uow<'communities' | 'lessons'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly when: LessonListWhen;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<LessonListItem>> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  if (!LESSON_LIST_WHEN.includes(input.when)) {
    throw new DomainError('validation.invalid', { field: 'when', reason: LESSON_LIST_WHEN.join(', ') });
  }
  const { limit, offset } = pageRequest(input.limit, input.offset);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const upcoming = input.when === 'upcoming';
    // Lessons last at most 12 hours, so one that started within that may still be running.
    const lessons = await repos.lessons.listBetween(
      community.id,
      new Date(now.getTime() - (upcoming ? 0.5 : BEHIND_DAYS) * DAY_MS),
      new Date(now.getTime() + (upcoming ? AHEAD_DAYS * DAY_MS : 1)),
    );
    const isOver = (l: Lesson) => l.status === 'done' || lessonEndsAt(l) <= now;
    const matching = upcoming ? lessons.filter((l) => !isOver(l)) : lessons.filter(isOver).reverse();
    const items: LessonListItem[] = [];
    for (const lesson of matching.slice(offset, offset + limit)) {
      const rsvps = await repos.lessons.listRsvps(community.id, lesson.id);
      items.push({
        lesson,
        going: goingRsvps(rsvps).length,
        waitlisted: waitlistedRsvps(rsvps).length,
        seatsLeft: seatsLeft(lesson, rsvps),
      });
    }
    return { items, total: matching.length };
  });
}
