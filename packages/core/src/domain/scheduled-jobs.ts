import { INTRO_FOLLOW_UP_JOB } from './intro-follow-up.js';
import { INTRO_NOTIFY_JOB } from './intro-notice.js';
import { LESSON_REMINDER_JOB } from './lesson-reminder.js';
import { RENEWAL_LAPSE_JOB, RENEWAL_REMINDER_JOB } from './renewal.js';

/**
 * Every job name the core puts on the `JobQueue`. The worker must define each one: its start-up refuses to
 * run otherwise, and its job list is type-checked against `CoreJobName`.
 */
export const CORE_JOB_NAMES = [
  LESSON_REMINDER_JOB,
  RENEWAL_REMINDER_JOB,
  RENEWAL_LAPSE_JOB,
  INTRO_NOTIFY_JOB,
  INTRO_FOLLOW_UP_JOB,
] as const;

export type CoreJobName = (typeof CORE_JOB_NAMES)[number];
