import { INTRO_FOLLOW_UP_JOB, LESSON_REMINDER_JOB, RENEWAL_LAPSE_JOB, RENEWAL_REMINDER_JOB } from '@snowball/core';

/**
 * Every job the worker runs. The core names the jobs it schedules from rows (reminders, renewal steps); the
 * worker adds its periodic work. Names starting with `lesson.reminder`, `renewal.reminder` or `intro.` go to
 * the rate-limited notify queue (see `queueFor` in @snowball/jobs), everything else to the tasks queue.
 */
export const JOB = {
  lessonReminder: LESSON_REMINDER_JOB,
  renewalReminder: RENEWAL_REMINDER_JOB,
  renewalLapse: RENEWAL_LAPSE_JOB,
  introNotify: 'intro.notify',
  introFollowUp: INTRO_FOLLOW_UP_JOB,
  reconcile: 'reconcile',
  renewalsSummary: 'renewals.summary',
  matchingRound: 'matching.round',
  expireIntros: 'introductions.expire',
  extendLessonSeries: 'lessons.extend-series',
} as const;

export type JobName = (typeof JOB)[keyof typeof JOB];
