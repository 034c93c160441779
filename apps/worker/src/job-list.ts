import type { CoreJobName } from '@snowball/core';
import type { JobRoutes } from '@snowball/jobs';
import { accessReconcileJob } from './jobs/access-reconcile.job.js';
import { applyLapseJob } from './jobs/apply-lapse.job.js';
import { encodeProfileMeaningsJob } from './jobs/encode-profile-meanings.job.js';
import { expireIntrosJob } from './jobs/expire-intros.job.js';
import { extendLessonSeriesJob } from './jobs/extend-lesson-series.job.js';
import { matchingRoundJob } from './jobs/matching-round.job.js';
import { notifyIntroJob } from './jobs/notify-intro.job.js';
import { privacyEraseJob } from './jobs/privacy-erase.job.js';
import { privacyEraseDueJob } from './jobs/privacy-erase-due.job.js';
import { purgeModerationEvidenceJob } from './jobs/purge-moderation-evidence.job.js';
import { questionSlaJob } from './jobs/question-sla.job.js';
import { reconcileJob } from './jobs/reconcile.job.js';
import { refreshVitalityJob } from './jobs/refresh-vitality.job.js';
import { renewalsSummaryJob } from './jobs/renewals-summary.job.js';
import { sendApplicationDecisionJob } from './jobs/send-application-decision.job.js';
import { sendIntroFollowUpJob } from './jobs/send-intro-follow-up.job.js';
import { sendIntroNudgeJob } from './jobs/send-intro-nudge.job.js';
import { sendLessonReminderJob } from './jobs/send-lesson-reminder.job.js';
import { sendModerationDecisionJob } from './jobs/send-moderation-decision.job.js';
import { sendOnboardingJob } from './jobs/send-onboarding.job.js';
import { sendPaymentReceiptJob } from './jobs/send-payment-receipt.job.js';
import { sendRenewalReminderJob } from './jobs/send-renewal-reminder.job.js';
import { sendUnmatchedNoticeJob } from './jobs/send-unmatched-notice.job.js';
import { sendValueReceiptsJob } from './jobs/send-value-receipts.job.js';
import { sendWeeklyDigestJob } from './jobs/send-weekly-digest.job.js';
import { syncQuestionCardsJob } from './jobs/sync-question-cards.job.js';

/** Every job the worker runs: the one list the names, the routing and the handler map come from. */
export const JOBS = [
  sendLessonReminderJob,
  sendRenewalReminderJob,
  applyLapseJob,
  notifyIntroJob,
  sendIntroFollowUpJob,
  sendIntroNudgeJob,
  sendUnmatchedNoticeJob,
  reconcileJob,
  renewalsSummaryJob,
  matchingRoundJob,
  expireIntrosJob,
  extendLessonSeriesJob,
  questionSlaJob,
  sendApplicationDecisionJob,
  refreshVitalityJob,
  sendValueReceiptsJob,
  purgeModerationEvidenceJob,
  sendModerationDecisionJob,
  privacyEraseJob,
  privacyEraseDueJob,
  accessReconcileJob,
  sendPaymentReceiptJob,
  syncQuestionCardsJob,
  sendWeeklyDigestJob,
  sendOnboardingJob,
  encodeProfileMeaningsJob,
] as const;

export type JobName = (typeof JOBS)[number]['name'];

// Every job the core schedules must be on the list: this line stops compiling otherwise.
const coreJobsDefined: readonly JobName[] = [] as readonly CoreJobName[];
void coreJobsDefined;

/** Queue and retry policy by job name, for every producer (`new BullMqJobQueue(connection, prefix, JOB_ROUTES)`). */
export const JOB_ROUTES: JobRoutes = Object.fromEntries(
  JOBS.map((job) => [job.name, { queue: job.queue, retry: job.retry }]),
);

/** The job names by role, for code that adds jobs by hand (tests, `reconcileNow`). */
export const JOB = {
  lessonReminder: sendLessonReminderJob.name,
  renewalReminder: sendRenewalReminderJob.name,
  renewalLapse: applyLapseJob.name,
  introNotify: notifyIntroJob.name,
  introFollowUp: sendIntroFollowUpJob.name,
  introNudge: sendIntroNudgeJob.name,
  unmatchedNotice: sendUnmatchedNoticeJob.name,
  reconcile: reconcileJob.name,
  renewalsSummary: renewalsSummaryJob.name,
  matchingRound: matchingRoundJob.name,
  expireIntros: expireIntrosJob.name,
  extendLessonSeries: extendLessonSeriesJob.name,
  refreshVitality: refreshVitalityJob.name,
  valueReceipts: sendValueReceiptsJob.name,
  questionSla: questionSlaJob.name,
  applicationDecision: sendApplicationDecisionJob.name,
  purgeModerationEvidence: purgeModerationEvidenceJob.name,
  moderationDecision: sendModerationDecisionJob.name,
  accessReconcile: accessReconcileJob.name,
  paymentReceipt: sendPaymentReceiptJob.name,
  questionCards: syncQuestionCardsJob.name,
  weeklyDigest: sendWeeklyDigestJob.name,
  onboarding: sendOnboardingJob.name,
  encodeMeanings: encodeProfileMeaningsJob.name,
} as const satisfies Record<string, JobName>;

/**
 * Throws unless every name has a job definition: the worker refuses to start rather than let a scheduled job
 * sit in Redis with nobody to run it.
 */
export function assertJobsDefined(names: Iterable<string>): void {
  const defined = new Set<string>(JOBS.map((job) => job.name));
  const missing = [...new Set(names)].filter((name) => !defined.has(name));
  if (missing.length > 0) throw new Error(`no handler for scheduled job ${missing.join(', ')}`);
}
