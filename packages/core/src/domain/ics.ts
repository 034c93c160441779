import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import { type Lesson, lessonEndsAt } from './lesson.js';

export interface IcsCalendarOptions {
  readonly calendarName: string;
  /** The club's IANA timezone, as a hint for calendar apps (event times themselves are written in UTC). */
  readonly timezone: string;
  /** DTSTAMP of every event: when this feed was generated. */
  readonly now: Date;
  /** Language of the generated description lines (speaker, materials, replay). */
  readonly locale?: Locale;
  /** Lessons to mark TENTATIVE, e.g. the ones the member is waitlisted for. */
  readonly tentativeLessonIds?: ReadonlySet<string>;
  /** Right-hand side of every UID; a stable name for this installation. */
  readonly uidDomain?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
// Control characters other than newlines are not allowed in iCalendar text (RFC 5545 §3.3.11).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escapes a TEXT value: backslash, semicolon, comma, and newlines as `\n` (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): continuation lines start
 * with one space, and a multi-byte UTF-8 character (Chinese text) is never split.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts toward its 75 octets.
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** A UTC DATE-TIME value: `20260312T120000Z`. */
export function icsDateTime(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s"<>\\]+$/i.test(text);
}

function description(lesson: Lesson, locale: Locale): string {
  const lines: string[] = [];
  if (lesson.description) lines.push(lesson.description);
  if (lesson.speakerName) lines.push(notificationText(locale, 'calendar.speaker', { name: lesson.speakerName }));
  if (lesson.speakerBio) lines.push(lesson.speakerBio);
  if (lesson.materialsUrl) lines.push(notificationText(locale, 'calendar.materials', { url: lesson.materialsUrl }));
  if (lesson.replayUrl) lines.push(notificationText(locale, 'calendar.replay', { url: lesson.replayUrl }));
  return lines.join('\n');
}

function eventLines(lesson: Lesson, options: IcsCalendarOptions): string[] {
  const status =
    lesson.status === 'cancelled'
      ? 'CANCELLED'
      : options.tentativeLessonIds?.has(lesson.id)
        ? 'TENTATIVE'
        : 'CONFIRMED';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${lesson.id}@${options.uidDomain ?? 'lessons.snowball'}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `DTSTART:${icsDateTime(lesson.startsAt)}`,
    `DTEND:${icsDateTime(lessonEndsAt(lesson))}`,
    `SUMMARY:${escapeIcsText(lesson.title)}`,
  ];
  const text = description(lesson, options.locale ?? 'en');
  if (text) lines.push(`DESCRIPTION:${escapeIcsText(text)}`);
  if (lesson.location) lines.push(`LOCATION:${escapeIcsText(lesson.location)}`);
  if (isHttpUrl(lesson.location)) lines.push(`URL:${lesson.location}`);
  lines.push(
    `STATUS:${status}`,
    // SEQUENCE starts at 0 and must grow with each significant change, so calendar apps replace the event.
    `SEQUENCE:${Math.max(0, lesson.version - 1)}`,
    `CREATED:${icsDateTime(lesson.createdAt)}`,
    `LAST-MODIFIED:${icsDateTime(lesson.updatedAt)}`,
    'END:VEVENT',
  );
  return lines;
}

/**
 * An RFC 5545 calendar of lessons: CRLF line ends, lines folded at 75 octets, TEXT escaped, one VEVENT per
 * lesson with a UID stable across feeds, times in UTC (no VTIMEZONE needed), STATUS:CANCELLED for cancelled
 * lessons so calendar apps remove them.
 */
export function buildIcsCalendar(lessons: readonly Lesson[], options: IcsCalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//snowball//lessons//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeIcsText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    `X-WR-TIMEZONE:${escapeIcsText(options.timezone)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...[...lessons]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
      .flatMap((lesson) => eventLines(lesson, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
