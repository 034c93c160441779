export { createJobHandlers } from './create-job-handlers.js';
export type { ClubSchedules, JobContext, WorkerLogger } from './job-context.js';
export { JOB, type JobName } from './job-names.js';
export type { ReconcileClubResult } from './jobs/reconcile.job.js';
export { JobSchedulers, type SchedulerRepeat, type SchedulerSpec } from './schedules/job-schedulers.js';
export {
  ClubSchedulesOnQueue,
  globalSchedulerSpecs,
  matchingRoundSpec,
  RECONCILE_EVERY_MS,
  RENEWALS_SUMMARY_CRON,
  renewalsSummarySpec,
} from './schedules/periodic-jobs.js';
export { type RunningWorker, type StartWorkerOptions, startWorker } from './start-worker.js';
