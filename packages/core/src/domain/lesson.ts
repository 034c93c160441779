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
  /** The rule's DTSTART: the local day the series begins (midnight in `timezone`). */
  readonly startsOn: Date;
  readonly until: Date | null;
  /** Copied onto each generated lesson. */
  readonly description: string;
  readonly location: string;
  readonly capacity: number | null;
  /** The coach who teaches the series, if a member. */
  readonly hostMemberId: string | null;
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
  /** The member (a coach) who teaches it; their lesson counts as a contribution. Null for outside speakers. */
  readonly hostMemberId: string | null;
  /** The series occurrence this lesson was generated for (RFC 5545 RECURRENCE-ID); kept when the lesson moves. */
  readonly occurrenceStartsAt: Date | null;
  /** Starts at 1; bumped on each change members are told about (time, length, place, title, cancellation). */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
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

/** Contribution points for teaching a lesson (an answer is 1): preparing and teaching one is a bigger gift. */
export const LESSON_CONTRIBUTION_POINTS = 3;

/** RSVPs that hold a seat, oldest first (as the repository returns them). */
export function goingRsvps(rsvps: readonly Rsvp[]): Rsvp[] {
  return rsvps.filter((r) => r.status === 'going');
}

/** The waitlist in order: first come, first promoted. */
export function waitlistedRsvps(rsvps: readonly Rsvp[]): Rsvp[] {
  return rsvps
    .filter((r) => r.status === 'waitlist')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.memberId.localeCompare(b.memberId));
}

/** Seats still free, or null when the lesson has no capacity limit. */
export function seatsLeft(lesson: Pick<Lesson, 'capacity'>, rsvps: readonly Rsvp[]): number | null {
  if (lesson.capacity === null) return null;
  return Math.max(0, lesson.capacity - goingRsvps(rsvps).length);
}

/** When the lesson is over. */
export function lessonEndsAt(lesson: Pick<Lesson, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(lesson.startsAt.getTime() + lesson.durationMinutes * 60_000);
}

/** The waitlisted RSVPs that now get a seat (first come, first served), each turned into `going`. */
export function waitlistPromotions(lesson: Pick<Lesson, 'capacity' | 'status'>, rsvps: readonly Rsvp[]): Rsvp[] {
  if (lesson.status !== 'scheduled') return [];
  const waiting = waitlistedRsvps(rsvps);
  const free = seatsLeft(lesson, rsvps);
  return waiting.slice(0, free ?? waiting.length).map((r) => ({ ...r, status: 'going' }));
}
