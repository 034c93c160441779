/** A background job derived from a Postgres row; `id` is deterministic so scheduling twice is harmless. */
export interface JobRequest {
  readonly name: string;
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly runAt: Date;
}

/** Schedules background work (BullMQ in production, in-memory in tests). */
export interface JobQueue {
  schedule(job: JobRequest): Promise<void>;
  cancel(name: string, id: string): Promise<void>;
}
