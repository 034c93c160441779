import type { JobQueue, JobRequest, ScheduleResult } from '@snowball/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobRoutes, QUEUES, type QueueKey, routeOf } from './queues.js';
import { RedisStateLog, stderrJobLogger } from './redis-state-log.js';
import type { JobLogger } from './start-job-worker.js';

const KEEP = { age: 7 * 86_400, count: 10_000 };
/** Jobs per existence check and `addBulk` call: a few hundred KB per round trip at most. */
const CHUNK = 1_000;

/** BullMQ refuses ':' in custom job ids (it separates Redis key parts); delivery keys use it, so map it. */
export function bullJobId(id: string): string {
  return id.replaceAll(':', '.');
}

/**
 * The JobQueue port over BullMQ. Deterministic job ids make scheduling the same row twice harmless; jobs go to
 * the queue their definition names, with its retry policy (`routes`, from the worker's job list).
 * Both queues have an `error` listener: while Redis is down the calls fail (and the caller reconciles later),
 * and the outage is logged once when it starts and once when Redis is back (`logger`, JSON on stderr by default).
 */
export class BullMqJobQueue implements JobQueue {
  private readonly queues: Record<QueueKey, Queue>;
  private readonly state: RedisStateLog;
  private readonly onReady: () => void;

  constructor(
    private readonly connection: Redis,
    prefix: string,
    private readonly routes: JobRoutes,
    options: { readonly logger?: JobLogger } = {},
  ) {
    this.state = new RedisStateLog(options.logger ?? stderrJobLogger, 'job-queue');
    this.queues = {
      notify: new Queue(QUEUES.notify, { connection, prefix }),
      tasks: new Queue(QUEUES.tasks, { connection, prefix }),
    };
    for (const queue of Object.values(this.queues)) queue.on('error', this.state.error);
    this.onReady = this.state.ready;
    connection.on('ready', this.onReady);
  }

  /** Whether the last thing heard from Redis was an error (until it is ready again). */
  get redisDown(): boolean {
    return this.state.down;
  }

  queue(key: QueueKey): Queue {
    return this.queues[key];
  }

  async schedule(job: JobRequest): Promise<void> {
    await this.scheduleMany([job]);
  }

  /**
   * Adds the jobs that are missing, in one existence check and one `addBulk` per queue and chunk. A job that is
   * waiting, delayed, running or completed is left alone; a failed copy that used up its attempts (a long
   * platform or Redis outage) is removed and added again — its row still says it is due, and the handler's
   * delivery key makes sure a member never gets it twice. A copy failed for good (a DomainError) stays.
   */
  async scheduleMany(jobs: readonly JobRequest[]): Promise<ScheduleResult> {
    const byQueue: Record<QueueKey, Map<string, JobRequest>> = { notify: new Map(), tasks: new Map() };
    // Every name is checked before anything is queued: an unknown job is refused as a whole.
    for (const job of jobs) {
      const ids = byQueue[routeOf(this.routes, job.name).queue];
      if (!ids.has(bullJobId(job.id))) ids.set(bullJobId(job.id), job);
    }
    let added = 0;
    for (const key of ['notify', 'tasks'] as const) {
      const batch = [...byQueue[key].entries()];
      for (let i = 0; i < batch.length; i += CHUNK) {
        added += await this.addMissing(this.queues[key], batch.slice(i, i + CHUNK));
      }
    }
    return { added };
  }

  private async addMissing(queue: Queue, batch: readonly (readonly [string, JobRequest])[]): Promise<number> {
    // The producer connection fails fast instead of queuing commands: wait until it is connected (as BullMQ does).
    await queue.waitUntilReady();
    const pipeline = this.connection.pipeline();
    for (const [id] of batch) {
      pipeline.exists(queue.toKey(id));
      pipeline.zscore(queue.toKey('failed'), id);
    }
    const replies = (await pipeline.exec()) ?? [];
    const missing: JobRequest[] = [];
    for (const [index, [id, job]] of batch.entries()) {
      const [existsError, exists] = replies[index * 2] ?? [null, 0];
      const [failedError, failedScore] = replies[index * 2 + 1] ?? [null, null];
      if (existsError) throw existsError;
      if (failedError) throw failedError;
      if (exists === 0) missing.push(job);
      else if (failedScore !== null && (await this.removeIfGaveUp(queue, id))) missing.push(job);
    }
    const now = Date.now();
    if (missing.length > 0) {
      await queue.addBulk(
        missing.map((job) => {
          const { retry } = routeOf(this.routes, job.name);
          return {
            name: job.name,
            data: job.data,
            opts: {
              jobId: bullJobId(job.id),
              delay: Math.max(0, job.runAt.getTime() - now),
              attempts: retry.attempts,
              backoff: { ...retry.backoff },
              removeOnComplete: KEEP,
              removeOnFail: KEEP,
            },
          };
        }),
      );
    }
    return missing.length;
  }

  // Failed jobs are few (an outage's worth), so they are looked at one by one.
  private async removeIfGaveUp(queue: Queue, id: string): Promise<boolean> {
    const job = await queue.getJob(id);
    if (!job) return true;
    if (!(await job.isFailed()) || job.attemptsMade < (job.opts.attempts ?? 1)) return false;
    await job.remove();
    return true;
  }

  async cancel(name: string, id: string): Promise<void> {
    const job = await this.queues[routeOf(this.routes, name).queue].getJob(bullJobId(id));
    // An active job holds a lock and cannot be removed; it re-checks its row before sending anyway.
    if (job && !(await job.isActive())) await job.remove();
  }

  async close(): Promise<void> {
    this.connection.off('ready', this.onReady);
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
