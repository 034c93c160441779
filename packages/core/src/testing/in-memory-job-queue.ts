import type { JobQueue, JobRequest, ScheduleResult } from '../ports/job-queue.js';

/**
 * Keeps scheduled jobs by name and id with BullMQ's semantics for deterministic ids: scheduling an id that
 * is already there changes nothing, unless that copy gave up (`giveUp`), which is replaced.
 */
export class InMemoryJobQueue implements JobQueue {
  readonly jobs = new Map<string, JobRequest>();
  /** Keys (`name:id`) of jobs whose every attempt failed. */
  readonly gaveUp = new Set<string>();

  async schedule(job: JobRequest): Promise<void> {
    this.add(job);
  }

  async scheduleMany(jobs: readonly JobRequest[]): Promise<ScheduleResult> {
    let added = 0;
    for (const job of jobs) if (this.add(job)) added += 1;
    return { added };
  }

  async cancel(name: string, id: string): Promise<void> {
    this.jobs.delete(`${name}:${id}`);
    this.gaveUp.delete(`${name}:${id}`);
  }

  /** Marks a queued job as having used up its attempts (what a long outage does to it). */
  giveUp(name: string, id: string): void {
    if (this.jobs.has(`${name}:${id}`)) this.gaveUp.add(`${name}:${id}`);
  }

  /** Jobs due at or before `at` that have not given up, oldest first. */
  due(at: Date): JobRequest[] {
    return [...this.jobs.entries()]
      .filter(([key, j]) => j.runAt <= at && !this.gaveUp.has(key))
      .map(([, j]) => j)
      .sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  private add(job: JobRequest): boolean {
    const key = `${job.name}:${job.id}`;
    if (this.jobs.has(key) && !this.gaveUp.has(key)) return false;
    this.gaveUp.delete(key);
    this.jobs.set(key, job);
    return true;
  }
}
