import { LESSON_KINDS, LESSON_LIMITS, WEEKDAYS } from '@snowball/core';
import { z } from 'zod';
import { count, dateTime, dateTimeInput, pagedQuery, uuid, type Wire } from './common.contract.js';

export const lessonKind = z.enum(LESSON_KINDS);
export const lessonStatus = z.enum(['scheduled', 'cancelled', 'done']);
export const rsvpStatus = z.enum(['going', 'waitlist', 'cancelled']);
export const weekday = z.enum(WEEKDAYS);
export const MONTH_WEEKS = [1, 2, 3, 4, 5, -1] as const;

/** A lesson as staff see it. */
export const lesson = z.object({
  id: uuid,
  seriesId: uuid.nullable(),
  kind: lessonKind,
  title: z.string(),
  description: z.string(),
  speakerName: z.string().nullable(),
  speakerBio: z.string().nullable(),
  startsAt: dateTime,
  durationMinutes: z.number().int(),
  capacity: z.number().int().nullable(),
  location: z.string(),
  status: lessonStatus,
  materialsUrl: z.string().nullable(),
  replayUrl: z.string().nullable(),
  hostMemberId: uuid.nullable(),
  version: z.number().int(),
});

/** A lesson in the list, with its head counts. */
export const lessonSummary = lesson.extend({ going: count, waitlisted: count, seatsLeft: z.number().int().nullable() });

export const lessonsQuery = pagedQuery({ when: z.enum(['upcoming', 'past']).default('upcoming') });

const rsvpEntry = z.object({
  memberId: uuid,
  displayName: z.string().nullable(),
  handle: z.string().nullable(),
  status: rsvpStatus,
  attended: z.boolean().nullable(),
  createdAt: dateTime,
});

export const lessonDetail = z.object({
  lesson,
  going: z.array(rsvpEntry),
  waitlist: z.array(rsvpEntry),
  cancelled: z.array(rsvpEntry),
  seatsLeft: z.number().int().nullable(),
  attendanceRecorded: z.boolean(),
});

/** How a fan-out of messages went (members told of a change, attendees sent the materials). */
export const fanOut = z.object({ sent: count, alreadySent: count, failed: count, retry: count }).nullable();

const unique = <T extends z.ZodType>(item: T, max: number, min = 0) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'must not repeat an item');

const common = {
  title: z.string().min(1).max(LESSON_LIMITS.title),
  description: z.string().max(LESSON_LIMITS.description).optional(),
  durationMinutes: z.number().int().min(LESSON_LIMITS.minDurationMinutes).max(LESSON_LIMITS.maxDurationMinutes),
  capacity: z.number().int().min(1).max(LESSON_LIMITS.maxCapacity).nullable().optional(),
  location: z.string().max(LESSON_LIMITS.location).optional(),
  hostMemberId: uuid.nullable().optional(),
};

/** A series from the rule builder: "2nd and 4th Thursday at 20:00" is monthly, [TH], weeks [2, 4], 20:00. */
export const seriesBody = z.object({
  ...common,
  frequency: z.enum(['weekly', 'monthly']),
  interval: z.number().int().min(1).max(12).optional(),
  weekdays: unique(weekday, 7, 1),
  weeks: unique(z.union(MONTH_WEEKS.map((week) => z.literal(week))), 6).optional(),
  time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
  timezone: z.string().min(1).max(64).optional(),
  startsOn: dateTimeInput.optional(),
  months: z.number().int().min(1).max(LESSON_LIMITS.maxSeriesMonths).optional(),
});

export const seriesCreated = z.object({
  seriesId: uuid,
  rule: z.string(),
  timezone: z.string(),
  reused: z.boolean(),
  created: count,
  firstStartsAt: dateTime.nullable(),
});

/** A one-off lesson or a guest talk (speaker name, bio and topic). */
export const scheduleBody = z.object({
  ...common,
  kind: lessonKind.optional(),
  speakerName: z.string().max(LESSON_LIMITS.speakerName).optional(),
  speakerBio: z.string().max(LESSON_LIMITS.speakerBio).optional(),
  startsAt: dateTimeInput,
});

const atLeastOne = (value: object) => Object.values(value).some((v) => v !== undefined);

/** Changes to one occurrence; fields left out stay as they are. */
export const patchBody = z
  .object({
    title: common.title.optional(),
    description: common.description,
    durationMinutes: common.durationMinutes.optional(),
    capacity: common.capacity,
    location: common.location,
    hostMemberId: common.hostMemberId,
    speakerName: z.string().max(LESSON_LIMITS.speakerName).nullable().optional(),
    speakerBio: z.string().max(LESSON_LIMITS.speakerBio).nullable().optional(),
    startsAt: dateTimeInput.optional(),
  })
  .refine(atLeastOne, 'must change at least one field');

export const lessonChange = z.object({ lesson, notified: fanOut, promoted: z.array(uuid) });
export const lessonNotified = z.object({ lesson, notified: fanOut });
export const cancelBody = z.object({ reason: z.string().max(500).optional() }).optional();
export const rsvpBody = z.object({ memberId: uuid });
export const rsvpResult = z.object({
  memberId: uuid,
  status: rsvpStatus,
  waitlistPosition: z.number().int().nullable(),
  promotedMemberId: z.string().nullable(),
});
export const attendanceBody = z.object({ attendedMemberIds: unique(uuid, 5000) });
export const attendanceResult = z.object({ lesson, attended: count, absent: count });

const link = z.string().max(LESSON_LIMITS.url).nullable().optional();
export const materialsBody = z
  .object({ materialsUrl: link, replayUrl: link })
  .refine(atLeastOne, 'must change at least one field');

export type LessonKind = z.output<typeof lessonKind>;
export type LessonStatus = z.output<typeof lessonStatus>;
export type RsvpStatus = z.output<typeof rsvpStatus>;
export type Weekday = z.output<typeof weekday>;
export type Lesson = Wire<z.output<typeof lesson>>;
export type LessonSummary = Wire<z.output<typeof lessonSummary>>;
export type LessonRsvp = Wire<z.output<typeof rsvpEntry>>;
export type LessonDetail = Wire<z.output<typeof lessonDetail>>;
export type FanOut = NonNullable<Wire<z.output<typeof fanOut>>>;
export type SeriesBody = z.input<typeof seriesBody>;
export type SeriesCreated = Wire<z.output<typeof seriesCreated>>;
export type ScheduleBody = z.input<typeof scheduleBody>;
export type PatchBody = z.input<typeof patchBody>;
export type LessonChange = Wire<z.output<typeof lessonChange>>;
export type LessonNotified = Wire<z.output<typeof lessonNotified>>;
export type RsvpResult = Wire<z.output<typeof rsvpResult>>;
export type AttendanceResult = Wire<z.output<typeof attendanceResult>>;
