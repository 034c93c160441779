import { isDomainError } from '@snowball/core';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { NOTIFY_RATE, QUEUES, type QueueKey } from './queues.js';
import { RedisStateLog, stderrJobLogger } from './redis-state-log.js';

/** Runs one job; `data` is what was queued, checked by the handler (the worker's job definitions use zod). */
export type JobHandler = (data: unknown, job: Job) => Promise<unknown>;

export interface JobLogger {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface JobWorkers {
  readonly workers: readonly Worker[];
  close(): Promise<void>;
}

/**
 * Runs the handlers on both queues. A DomainError is permanent (the row says the job no longer applies),
 * anything else is retried with backoff. `close()` finishes active jobs first (graceful SIGTERM).
 */
export function startJobWorkers(options: {
  readonly connection: Redis;
  /** By job name (the worker's job list); a job with no handler fails for good. */
  readonly handlers: ReadonlyMap<string, JobHandler>;
  readonly prefix?: string;
  readonly concurrency?: Partial<Record<QueueKey, number>>;
  readonly logger?: JobLogger;
  /** Notify-queue pace; production keeps NOTIFY_RATE (tests of big fan-outs may go faster). */
  readonly notifyRate?: { readonly max: number; readonly duration: number };
  /**
   * How long a job's lock lives without renewal, and how often stalled jobs are looked for: together they bound
   * how soon the job of a killed worker runs again. BullMQ's defaults (30 s each) unless set.
   */
  readonly lockDuration?: number;
  readonly stalledInterval?: number;
}): JobWorkers {
  const processor = async (job: Job) => {
    const handler = options.handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    try {
      return await handler(job.data, job);
    } catch (error) {
      if (isDomainError(error)) {
        options.logger?.info({ job: job.name, id: job.id, code: error.code }, 'job no longer applies');
        throw new UnrecoverableError(error.code);
      }
      options.logger?.error({ job: job.name, id: job.id, attempt: job.attemptsMade + 1, err: error }, 'job failed');
      throw error;
    }
  };
  const prefix = options.prefix ?? 'snowball';
  const locks = {
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  };
  const workers = [
    new Worker(QUEUES.notify, processor, {
      connection: options.connection,
      prefix,
      concurrency: options.concurrency?.notify ?? 10,
      limiter: { ...(options.notifyRate ?? NOTIFY_RATE) },
      ...locks,
    }),
    new Worker(QUEUES.tasks, processor, {
      connection: options.connection,
      prefix,
      concurrency: options.concurrency?.tasks ?? 2,
      ...locks,
    }),
  ];
  // Every worker error (a Redis outage makes one per command and reconnect) goes to one state log: a line when
  // Redis goes away and one when it is back, never a raw stack. Job failures are logged by the processor.
  const state = new RedisStateLog(options.logger ?? stderrJobLogger, 'job-worker');
  for (const worker of workers) worker.on('error', state.error);
  options.connection.on('ready', state.ready);
  return {
    workers,
    async close() {
      options.connection.off('ready', state.ready);
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
