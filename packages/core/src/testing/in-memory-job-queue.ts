import type { JobQueue, JobRequest } from '../ports/job-queue.js';

/** Keeps scheduled jobs by name and id, replacing on reschedule like deterministic BullMQ job ids. */
export class InMemoryJobQueue implements JobQueue {
  readonly jobs = new Map<string, JobRequest>();
  async schedule(job: JobRequest): Promise<void> {
    this.jobs.set(`${job.name}:${job.id}`, job);
  }
  async cancel(name: string, id: string): Promise<void> {
    this.jobs.delete(`${name}:${id}`);
  }
  /** Jobs due at or before `at`, oldest first. */
  due(at: Date): JobRequest[] {
    return [...this.jobs.values()].filter((j) => j.runAt <= at).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }
}
