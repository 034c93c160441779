/** A background job derived from a Postgres row; `id` is deterministic so scheduling twice is harmless. */
export interface JobRequest {
  readonly name: string;
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly runAt: Date;
}

/** What a bulk schedule did: `added` counts the jobs that were missing (or had given up) and are now queued. */
export interface ScheduleResult {
  readonly added: number;
}

/**
 * Schedules background work (BullMQ in production, in-memory in tests). A job whose id is already queued,
 * running or done is left alone, so re-deriving jobs from the rows never runs one twice; a copy that gave up
 * (every attempt failed, e.g. during a long platform outage) is replaced, so the row's job runs again once
 * the outage is over.
 */
export interface JobQueue {
  schedule(job: JobRequest): Promise<void>;
  /** Schedules many at once (a reconcile, a fan-out) in a few round trips, whatever their number. */
  scheduleMany(jobs: readonly JobRequest[]): Promise<ScheduleResult>;
  cancel(name: string, id: string): Promise<void>;
}
