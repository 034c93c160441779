import { DomainError } from '../errors/domain-error.js';
import { minutesRange, REASONS } from '../errors/error-reasons.js';
import { cleanText } from './text.js';

/** Bounds of what staff may enter for a lesson. */
export const LESSON_LIMITS = {
  title: 200,
  description: 4000,
  speakerName: 100,
  speakerBio: 2000,
  location: 500,
  url: 2000,
  minDurationMinutes: 15,
  maxDurationMinutes: 12 * 60,
  maxCapacity: 10_000,
  /** A series is generated at most this far ahead; re-running it later extends it. */
  maxSeriesMonths: 24,
} as const;

/** Lesson length in whole minutes, 15 minutes to 12 hours. */
export function cleanDuration(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < LESSON_LIMITS.minDurationMinutes ||
    value > LESSON_LIMITS.maxDurationMinutes
  ) {
    throw new DomainError('validation.invalid', {
      field: 'durationMinutes',
      reason: minutesRange(LESSON_LIMITS.minDurationMinutes, LESSON_LIMITS.maxDurationMinutes),
    });
  }
  return value;
}

/** Seats, or null for no limit. */
export function cleanCapacity(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LESSON_LIMITS.maxCapacity) {
    throw new DomainError('validation.invalid', { field: 'capacity', reason: `1–${LESSON_LIMITS.maxCapacity}` });
  }
  return value;
}

/** An optional http(s) link (materials, replay); empty means none. Other schemes are refused: members click these. */
export function cleanHttpUrl(value: unknown, field: string): string | null {
  const text = cleanText(value, field, LESSON_LIMITS.url);
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DomainError('validation.invalid', { field, reason: REASONS.notALink });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DomainError('validation.invalid', { field, reason: 'use an http(s) link' });
  }
  return url.toString();
}

/** A valid instant, for lesson times. */
export function cleanInstant(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DomainError('validation.invalid', { field, reason: REASONS.notADateTime });
  }
  return value;
}
