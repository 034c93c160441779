import type { Lesson } from '../domain/lesson.js';
import { formatDateTime } from './format-date-time.js';
import type { Locale } from './locale.js';
import { notificationText } from './notification-messages.js';

/** The When / Where / Speaker fields every lesson message shows, with the time in the reader's timezone. */
export function lessonFields(
  lesson: Pick<Lesson, 'startsAt' | 'location' | 'speakerName'>,
  locale: Locale,
  timezone: string,
): { name: string; value: string }[] {
  const fields = [
    { name: notificationText(locale, 'field.when'), value: formatDateTime(lesson.startsAt, timezone, locale) },
  ];
  if (lesson.location) fields.push({ name: notificationText(locale, 'field.where'), value: lesson.location });
  if (lesson.speakerName) fields.push({ name: notificationText(locale, 'field.speaker'), value: lesson.speakerName });
  return fields;
}
