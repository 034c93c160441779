export const LESSON_KINDS = ['lesson', 'guest_talk'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];
export type LessonStatus = 'scheduled' | 'cancelled' | 'done';

/** A recurring set of lessons, e.g. the 2nd and 4th Thursday at 20:00 in the club's timezone. */
export interface LessonSeries {
  readonly id: string;
  readonly communityId: string;
  readonly title: string;
  /** RFC 5545 subset: `FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0`. */
  readonly rule: string;
  readonly timezone: string;
  readonly durationMinutes: number;
  readonly startsOn: Date;
  readonly until: Date | null;
  readonly createdAt: Date;
}

export interface Lesson {
  readonly id: string;
  readonly communityId: string;
  readonly seriesId: string | null;
  readonly kind: LessonKind;
  readonly title: string;
  readonly description: string;
  readonly speakerName: string | null;
  readonly speakerBio: string | null;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly capacity: number | null;
  readonly location: string;
  readonly status: LessonStatus;
  readonly materialsUrl: string | null;
  readonly replayUrl: string | null;
  readonly createdAt: Date;
}

export type RsvpStatus = 'going' | 'waitlist' | 'cancelled';

export interface Rsvp {
  readonly communityId: string;
  readonly lessonId: string;
  readonly memberId: string;
  readonly status: RsvpStatus;
  readonly attended: boolean | null;
  readonly createdAt: Date;
}
