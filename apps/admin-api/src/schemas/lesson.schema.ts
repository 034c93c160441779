import { LESSON_KINDS, LESSON_LIMITS, WEEKDAYS } from '@snowball/core';
import { dateTime, nullableString, uuid } from './common.schema.js';

const count = { type: 'integer', minimum: 0 } as const;
const nullableCount = { type: ['integer', 'null'] } as const;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const nullableText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;
const durationMinutes = {
  type: 'integer',
  minimum: LESSON_LIMITS.minDurationMinutes,
  maximum: LESSON_LIMITS.maxDurationMinutes,
} as const;
const capacity = { type: ['integer', 'null'], minimum: 1, maximum: LESSON_LIMITS.maxCapacity } as const;
const nullableUuid = { type: ['string', 'null'], format: 'uuid' } as const;
const link = { type: ['string', 'null'], maxLength: LESSON_LIMITS.url } as const;

/** A lesson as staff see it. */
export const lesson = {
  type: 'object',
  properties: {
    id: uuid,
    seriesId: nullableUuid,
    kind: { type: 'string', enum: [...LESSON_KINDS] },
    title: { type: 'string' },
    description: { type: 'string' },
    speakerName: nullableString,
    speakerBio: nullableString,
    startsAt: dateTime,
    durationMinutes: { type: 'integer' },
    capacity: nullableCount,
    location: { type: 'string' },
    status: { type: 'string', enum: ['scheduled', 'cancelled', 'done'] },
    materialsUrl: nullableString,
    replayUrl: nullableString,
    hostMemberId: nullableUuid,
    version: { type: 'integer' },
  },
} as const;

/** A lesson in the list, with its head counts. */
export const lessonSummary = {
  type: 'object',
  properties: { ...lesson.properties, going: count, waitlisted: count, seatsLeft: nullableCount },
} as const;

const rsvpEntry = {
  type: 'object',
  properties: {
    memberId: uuid,
    displayName: nullableString,
    handle: nullableString,
    status: { type: 'string', enum: ['going', 'waitlist', 'cancelled'] },
    attended: { type: ['boolean', 'null'] },
    createdAt: dateTime,
  },
} as const;

export const lessonDetail = {
  type: 'object',
  properties: {
    lesson,
    going: { type: 'array', items: rsvpEntry },
    waitlist: { type: 'array', items: rsvpEntry },
    cancelled: { type: 'array', items: rsvpEntry },
    seatsLeft: nullableCount,
    attendanceRecorded: { type: 'boolean' },
  },
} as const;

/** How a fan-out of messages went (members told of a change, attendees sent the materials). */
export const fanOut = {
  type: ['object', 'null'],
  properties: { sent: count, alreadySent: count, failed: count, retry: count },
} as const;

const common = {
  title: { type: 'string', minLength: 1, maxLength: LESSON_LIMITS.title },
  description: text(LESSON_LIMITS.description),
  durationMinutes,
  capacity,
  location: text(LESSON_LIMITS.location),
  hostMemberId: nullableUuid,
} as const;

export interface SeriesBody {
  readonly title: string;
  readonly description?: string;
  readonly frequency: 'weekly' | 'monthly';
  readonly interval?: number;
  readonly weekdays: (typeof WEEKDAYS)[number][];
  readonly weeks?: number[];
  readonly time: string;
  readonly timezone?: string;
  readonly startsOn?: string;
  readonly durationMinutes: number;
  readonly capacity?: number | null;
  readonly location?: string;
  readonly hostMemberId?: string | null;
  readonly months?: number;
}

/** A series from the rule builder: "2nd and 4th Thursday at 20:00" is monthly, [TH], weeks [2, 4], 20:00. */
export const seriesBody = {
  type: 'object',
  required: ['title', 'frequency', 'weekdays', 'time', 'durationMinutes'],
  additionalProperties: false,
  properties: {
    ...common,
    frequency: { type: 'string', enum: ['weekly', 'monthly'] },
    interval: { type: 'integer', minimum: 1, maximum: 12 },
    weekdays: { type: 'array', minItems: 1, maxItems: 7, uniqueItems: true, items: { enum: [...WEEKDAYS] } },
    weeks: { type: 'array', maxItems: 6, uniqueItems: true, items: { enum: [1, 2, 3, 4, 5, -1] } },
    time: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    timezone: { type: 'string', minLength: 1, maxLength: 64 },
    startsOn: { type: 'string', format: 'date-time' },
    months: { type: 'integer', minimum: 1, maximum: LESSON_LIMITS.maxSeriesMonths },
  },
} as const;

export interface ScheduleBody {
  readonly kind?: 'lesson' | 'guest_talk';
  readonly title: string;
  readonly description?: string;
  readonly speakerName?: string;
  readonly speakerBio?: string;
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly capacity?: number | null;
  readonly location?: string;
  readonly hostMemberId?: string | null;
}

/** A one-off lesson or a guest talk (speaker name, bio and topic). */
export const scheduleBody = {
  type: 'object',
  required: ['title', 'startsAt', 'durationMinutes'],
  additionalProperties: false,
  properties: {
    ...common,
    kind: { type: 'string', enum: [...LESSON_KINDS] },
    speakerName: text(LESSON_LIMITS.speakerName),
    speakerBio: text(LESSON_LIMITS.speakerBio),
    startsAt: dateTime,
  },
} as const;

export interface PatchBody {
  readonly title?: string;
  readonly description?: string;
  readonly speakerName?: string | null;
  readonly speakerBio?: string | null;
  readonly startsAt?: string;
  readonly durationMinutes?: number;
  readonly capacity?: number | null;
  readonly location?: string;
  readonly hostMemberId?: string | null;
}

/** Changes to one occurrence; fields left out stay as they are. */
export const patchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    ...common,
    speakerName: nullableText(LESSON_LIMITS.speakerName),
    speakerBio: nullableText(LESSON_LIMITS.speakerBio),
    startsAt: dateTime,
  },
} as const;

export const materialsBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { materialsUrl: link, replayUrl: link },
} as const;
