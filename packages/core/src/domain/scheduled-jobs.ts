import { ACCESS_RECONCILE_JOB } from './access-check.js';
import { APPLICATION_DECISION_JOB } from './application-decision-notice.js';
import { INTRO_FOLLOW_UP_JOB } from './intro-follow-up.js';
import { INTRO_NOTIFY_JOB } from './intro-notice.js';
import { INTRO_NUDGE_JOB } from './intro-nudge.js';
import { LESSON_REMINDER_JOB } from './lesson-reminder.js';
import { MODERATION_DECISION_JOB } from './moderation-decision-notice.js';
import { ERASURE_JOB } from './privacy.js';
import { ENCODE_MEANINGS_JOB } from './profile-meanings.js';
import { PAYMENT_RECEIPT_JOB } from './receipt.js';
import { RENEWAL_LAPSE_JOB, RENEWAL_REMINDER_JOB } from './renewal.js';
import { UNMATCHED_NOTICE_JOB } from './unmatched-notice.js';

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
  APPLICATION_DECISION_JOB,
  INTRO_NUDGE_JOB,
  UNMATCHED_NOTICE_JOB,
  ERASURE_JOB,
  MODERATION_DECISION_JOB,
  PAYMENT_RECEIPT_JOB,
  ACCESS_RECONCILE_JOB,
  ENCODE_MEANINGS_JOB,
] as const;

export type CoreJobName = (typeof CORE_JOB_NAMES)[number];
