import type { JobHandler } from '@snowball/jobs';
import type { JobContext } from './job-context.js';
import { JOBS, type JobName } from './job-list.js';

/**
 * The handler of every job on the list, by job name; each checks the job's data against its schema first.
 * What a handler returns is kept on the job (Bull Board).
 */
export function createJobHandlers(ctx: JobContext): ReadonlyMap<JobName, JobHandler> {
  return new Map(JOBS.map((job) => [job.name, (data, bullJob) => job.run(ctx, data, bullJob)] as const));
}
