import type { Lesson, LessonSeries, Rsvp } from '../domain/lesson.js';

/** Lessons, their series and RSVPs. */
export interface LessonRepository {
  createSeries(series: LessonSeries): Promise<void>;
  getSeries(communityId: string, id: string): Promise<LessonSeries | null>;
  /** Every series of a club, oldest first. */
  listSeries(communityId: string): Promise<LessonSeries[]>;
  create(lesson: Lesson): Promise<void>;
  update(lesson: Lesson): Promise<void>;
  get(communityId: string, id: string): Promise<Lesson | null>;
  listBetween(communityId: string, from: Date, to: Date): Promise<Lesson[]>;
  upsertRsvp(rsvp: Rsvp): Promise<void>;
  getRsvp(communityId: string, lessonId: string, memberId: string): Promise<Rsvp | null>;
  listRsvps(communityId: string, lessonId: string): Promise<Rsvp[]>;
}
