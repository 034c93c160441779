import type { Lesson, LessonSeries, Rsvp } from '../domain/lesson.js';
import type { Member } from '../domain/member.js';

/** One going RSVP of a scheduled lesson, with what the member set about reminders: the input of reminder planning. */
export interface ReminderRecipient {
  readonly lesson: Pick<Lesson, 'id' | 'communityId' | 'status' | 'startsAt'>;
  readonly rsvp: Pick<Rsvp, 'memberId' | 'status' | 'createdAt'>;
  readonly member: Pick<Member, 'id' | 'reminderLeadMinutes' | 'remindersMuted' | 'deletedAt'>;
}

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
  /**
   * Going RSVPs of scheduled lessons starting in `[from, to)` (optionally of one lesson or one member) whose
   * member is not deleted or muted, in one query, ordered by lesson start, lesson, RSVP time and member.
   */
  listReminderRecipients(
    communityId: string,
    range: { readonly from: Date; readonly to: Date; readonly lessonId?: string; readonly memberId?: string },
  ): Promise<ReminderRecipient[]>;
}
