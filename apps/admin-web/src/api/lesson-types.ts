/** What the /api/lessons routes answer (see apps/admin-api/src/schemas/lesson.schema.ts). */

export type LessonKind = 'lesson' | 'guest_talk';
export type LessonStatus = 'scheduled' | 'cancelled' | 'done';
export type RsvpStatus = 'going' | 'waitlist' | 'cancelled';
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MONTH_WEEKS = [1, 2, 3, 4, 5, -1] as const;

export interface Lesson {
  readonly id: string;
  readonly seriesId: string | null;
  readonly kind: LessonKind;
  readonly title: string;
  readonly description: string;
  readonly speakerName: string | null;
  readonly speakerBio: string | null;
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly capacity: number | null;
  readonly location: string;
  readonly status: LessonStatus;
  readonly materialsUrl: string | null;
  readonly replayUrl: string | null;
  readonly hostMemberId: string | null;
  readonly version: number;
}

export interface LessonSummary extends Lesson {
  readonly going: number;
  readonly waitlisted: number;
  readonly seatsLeft: number | null;
}

export interface LessonRsvp {
  readonly memberId: string;
  readonly displayName: string | null;
  readonly handle: string | null;
  readonly status: RsvpStatus;
  readonly attended: boolean | null;
  readonly createdAt: string;
}

export interface LessonDetail {
  readonly lesson: Lesson;
  readonly going: readonly LessonRsvp[];
  readonly waitlist: readonly LessonRsvp[];
  readonly cancelled: readonly LessonRsvp[];
  readonly seatsLeft: number | null;
  readonly attendanceRecorded: boolean;
}

export interface FanOut {
  readonly sent: number;
  readonly alreadySent: number;
  readonly failed: number;
  readonly retry: number;
}

export interface SeriesCreated {
  readonly seriesId: string;
  readonly rule: string;
  readonly timezone: string;
  readonly reused: boolean;
  readonly created: number;
  readonly firstStartsAt: string | null;
}
