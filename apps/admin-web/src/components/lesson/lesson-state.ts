import type { Lesson, LessonDetail, LessonRsvp } from '../../api/types.js';

/** A member's name on a lesson list; `deleted` for someone whose account is gone. */
export function nameOf(r: LessonRsvp, deleted: string): string {
  return r.displayName ?? deleted;
}

/** Changes when the list of people going or their recorded attendance does, so the checkboxes start fresh. */
export function attendanceKey(d: LessonDetail): string {
  return d.going.map((r) => `${r.memberId}:${r.attended}`).join(',');
}

/** Scheduled and not started: RSVPs, edits and cancelling still apply; attendance and materials do not yet. */
export function isUpcoming(lesson: Lesson): boolean {
  return lesson.status === 'scheduled' && new Date(lesson.startsAt).getTime() > Date.now();
}
