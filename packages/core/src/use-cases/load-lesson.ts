import type { Lesson } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';

/** Loads a lesson of the club; throws `lesson.not_found`. */
export async function loadLesson(
  repos: Pick<Repositories, 'lessons'>,
  communityId: string,
  lessonId: string,
): Promise<Lesson> {
  const lesson = await repos.lessons.get(communityId, lessonId);
  if (!lesson) throw new DomainError('lesson.not_found', { lessonId });
  return lesson;
}

/** Throws unless the lesson is still scheduled and has not started: what RSVPs and edits need. */
export function requireUpcoming(lesson: Lesson, now: Date): void {
  if (lesson.status === 'cancelled') throw new DomainError('lesson.cancelled');
  if (lesson.status === 'done' || lesson.startsAt.getTime() <= now.getTime()) throw new DomainError('lesson.in_past');
}
