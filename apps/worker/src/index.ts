export { createJobHandlers } from './create-job-handlers.js';
export type { ClubSchedules, JobContext, WorkerLogger } from './job-context.js';
export type { DefinedJob, JobDefinition } from './job-definition.js';
export { assertJobsDefined, JOB, JOB_ROUTES, JOBS, type JobName } from './job-list.js';
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
