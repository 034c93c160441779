import { type BullMqJobQueue, type JobRoutes, routeOf } from '@snowball/jobs';

type Queue = ReturnType<BullMqJobQueue['queue']>;

/** How often a periodic job runs: a fixed interval (first run at `startDate`, else at once) or a cron pattern. */
export type SchedulerRepeat =
  | { readonly every: number; readonly startDate?: Date }
  | { readonly pattern: string; readonly tz: string };

/** One periodic job: BullMQ keeps it as a job scheduler under `id` and adds one job per run. */
export interface SchedulerSpec {
  readonly id: string;
  readonly name: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly repeat: SchedulerRepeat;
}

const DAY_S = 86_400;

/** Periodic runs keep a short history; attempts and backoff come from the job's definition. */
const KEEP = {
  removeOnComplete: { age: 7 * DAY_S, count: 500 },
  removeOnFail: { age: 30 * DAY_S, count: 1_000 },
};

/** Job schedulers on one queue, written only when missing or changed (so a restart does not reset their timing). */
export class JobSchedulers {
  constructor(
    private readonly queue: Queue,
    private readonly routes: JobRoutes,
  ) {}

  /** Whether the scheduler exists with this job and schedule (a start date only matters when creating it). */
  async isCurrent(spec: SchedulerSpec): Promise<boolean> {
    const existing = await this.queue.getJobScheduler(spec.id);
    if (!existing || existing.name !== spec.name) return false;
    if (JSON.stringify(existing.template?.data ?? {}) !== JSON.stringify(spec.data)) return false;
    if ('every' in spec.repeat) return existing.every === spec.repeat.every && !existing.pattern;
    return existing.pattern === spec.repeat.pattern && existing.tz === spec.repeat.tz;
  }

  /** Creates or replaces the scheduler. With `every` and no start date, BullMQ runs it once at once. */
  async upsert(spec: SchedulerSpec): Promise<void> {
    const repeat =
      'every' in spec.repeat
        ? { every: spec.repeat.every, ...(spec.repeat.startDate ? { startDate: spec.repeat.startDate } : {}) }
        : { pattern: spec.repeat.pattern, tz: spec.repeat.tz };
    const { retry } = routeOf(this.routes, spec.name);
    const opts = { attempts: retry.attempts, backoff: { ...retry.backoff }, ...KEEP };
    await this.queue.upsertJobScheduler(spec.id, repeat, { name: spec.name, data: spec.data, opts });
  }

  /** Upserts the scheduler unless it is current; true when it was (re)created. */
  async ensure(spec: SchedulerSpec): Promise<boolean> {
    if (await this.isCurrent(spec)) return false;
    await this.upsert(spec);
    return true;
  }

  async remove(id: string): Promise<void> {
    await this.queue.removeJobScheduler(id);
  }
}
