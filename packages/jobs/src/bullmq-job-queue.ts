import type { JobQueue, JobRequest } from '@snowball/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUES, type QueueKey, queueFor } from './queues.js';

const KEEP = { age: 7 * 86_400, count: 10_000 };

/** BullMQ refuses ':' in custom job ids (it separates Redis key parts); delivery keys use it, so map it. */
export function bullJobId(id: string): string {
  return id.replaceAll(':', '.');
}

/** The JobQueue port over BullMQ: deterministic job ids make scheduling the same row twice harmless. */
export class BullMqJobQueue implements JobQueue {
  private readonly queues: Record<QueueKey, Queue>;

  constructor(connection: Redis, prefix = 'snowball') {
    this.queues = {
      notify: new Queue(QUEUES.notify, { connection, prefix }),
      tasks: new Queue(QUEUES.tasks, { connection, prefix }),
    };
  }

  queue(key: QueueKey): Queue {
    return this.queues[key];
  }

  async schedule(job: JobRequest): Promise<void> {
    await this.queues[queueFor(job.name)].add(job.name, job.data, {
      jobId: bullJobId(job.id),
      delay: Math.max(0, job.runAt.getTime() - Date.now()),
      attempts: 8,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: KEEP,
      removeOnFail: KEEP,
    });
  }

  /** Schedules many at once (a fan-out), in one round trip per queue. */
  async scheduleMany(jobs: readonly JobRequest[]): Promise<void> {
    for (const key of ['notify', 'tasks'] as const) {
      const batch = jobs.filter((j) => queueFor(j.name) === key);
      for (let i = 0; i < batch.length; i += 500) {
        await this.queues[key].addBulk(
          batch.slice(i, i + 500).map((job) => ({
            name: job.name,
            data: job.data,
            opts: {
              jobId: bullJobId(job.id),
              delay: Math.max(0, job.runAt.getTime() - Date.now()),
              attempts: 8,
              backoff: { type: 'exponential', delay: 5_000 },
              removeOnComplete: KEEP,
              removeOnFail: KEEP,
            },
          })),
        );
      }
    }
  }

  async cancel(name: string, id: string): Promise<void> {
    const job = await this.queues[queueFor(name)].getJob(bullJobId(id));
    // An active job holds a lock and cannot be removed; it re-checks its row before sending anyway.
    if (job && !(await job.isActive())) await job.remove();
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
