import type { Core } from '@snowball/core';
import type { JobHandler } from '@snowball/jobs';
import type { JobContext } from './job-context.js';
import { JOB } from './job-names.js';
import { applyLapseJob } from './jobs/apply-lapse.job.js';
import { expireIntrosJob } from './jobs/expire-intros.job.js';
import { extendLessonSeriesJob } from './jobs/extend-lesson-series.job.js';
import { matchingRoundJob } from './jobs/matching-round.job.js';
import { notifyIntroJob } from './jobs/notify-intro.job.js';
import { reconcileJob } from './jobs/reconcile.job.js';
import { renewalsSummaryJob } from './jobs/renewals-summary.job.js';
import { sendIntroFollowUpJob } from './jobs/send-intro-follow-up.job.js';
import { sendLessonReminderJob } from './jobs/send-lesson-reminder.job.js';
import { sendRenewalReminderJob } from './jobs/send-renewal-reminder.job.js';

/** The handler of every job the worker runs, by job name; what a handler returns is kept on the job (Bull Board). */
export function createJobHandlers(core: Core, deps: Omit<JobContext, 'core'>): Record<string, JobHandler> {
  const ctx: JobContext = { ...deps, core };
  return {
    [JOB.lessonReminder]: (data) => sendLessonReminderJob(ctx, data),
    [JOB.renewalReminder]: (data) => sendRenewalReminderJob(ctx, data),
    [JOB.renewalLapse]: (data) => applyLapseJob(ctx, data),
    [JOB.introNotify]: (data) => notifyIntroJob(ctx, data),
    [JOB.introFollowUp]: (data) => sendIntroFollowUpJob(ctx, data),
    [JOB.reconcile]: () => reconcileJob(ctx),
    [JOB.renewalsSummary]: (data) => renewalsSummaryJob(ctx, data),
    [JOB.matchingRound]: (data) => matchingRoundJob(ctx, data),
    [JOB.expireIntros]: () => expireIntrosJob(ctx),
    [JOB.extendLessonSeries]: () => extendLessonSeriesJob(ctx),
  };
}
