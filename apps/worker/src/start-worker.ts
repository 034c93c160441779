import { CORE_JOB_NAMES, createCore, type Ports } from '@snowball/core';
import {
  BullMqJobQueue,
  type JobWorkers,
  producerConnection,
  routeOf,
  startJobWorkers,
  workerConnection,
} from '@snowball/jobs';
import { sentenceEncoder } from '@snowball/matching';
import type { Redis } from 'ioredis';
import { createJobHandlers } from './create-job-handlers.js';
import { heapControl } from './heap-control.js';
import { silentLogger, type WorkerLogger } from './job-context.js';
import { assertJobsDefined, JOB, JOB_ROUTES } from './job-list.js';
import { JobSchedulers } from './schedules/job-schedulers.js';
import { ClubSchedulesOnQueue, globalSchedulerSpecs } from './schedules/periodic-jobs.js';

type Queue = ReturnType<BullMqJobQueue['queue']>;

export interface StartWorkerOptions {
  /** The system's ports; the worker binds its own core over them, with its own queues as `jobs`. */
  readonly ports: Ports;
  readonly redisUrl: string;
  readonly logger?: WorkerLogger;
  /** BullMQ key prefix; must match the producers' (`BullMqJobQueue`), default `snowball`. */
  readonly prefix?: string;
  readonly concurrency?: { readonly notify?: number; readonly tasks?: number };
  /** Sends per window on the notify queue; default NOTIFY_RATE (a backstop; platform pace is per API call). */
  readonly notifyRate?: { readonly max: number; readonly duration: number };
  /** Lock and stalled-check timing (ms): how soon the jobs of a killed worker run again (BullMQ: 30 s). */
  readonly lockDuration?: number;
  readonly stalledInterval?: number;
  /** Default 10 minutes. */
  readonly reconcileEveryMs?: number;
  /** How often the worker checks that its periodic jobs still exist in Redis (default 1 minute). */
  readonly watchdogMs?: number;
  /**
   * What stores profiles' sentence meanings for matching (`Ports.sentences`). Default: the ports' own, else the
   * real model (`sentenceEncoder()` from @snowball/matching, loaded on the first profile to encode); null runs
   * without one.
   */
  readonly sentences?: Ports['sentences'] | null;
}

/** A running worker. */
export interface RunningWorker {
  /** The notify and tasks queues (for Bull Board). */
  readonly queues: readonly Queue[];
  /** The BullMQ workers of both queues (for job metrics). */
  readonly workers: JobWorkers['workers'];
  /** Queues a reconcile to run now (e.g. after restoring Redis by hand); returns its job id. */
  reconcileNow(reason: string): Promise<string>;
  /** Stops taking jobs, lets the active ones finish, then closes the connections. Safe to call twice. */
  close(): Promise<void>;
}

const RECONCILE_NOW_KEEP = { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } };

function quietly(redis: Redis, name: string, logger: WorkerLogger): void {
  // ioredis reports every failed reconnect; one line per outage minute is enough (it reconnects by itself).
  let last = 0;
  redis.on('error', (err) => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    logger.error({ err, connection: name }, 'redis connection error');
  });
}

/**
 * Starts the BullMQ workers of both queues with every job handler, makes sure the periodic jobs exist
 * (reconcile every 10 minutes, series extension, introduction expiry; per club the 09:00 renewal summary and
 * matching rounds, kept by reconcile), and queues one reconcile at start so whatever Postgres says is
 * pending is on the queue. A watchdog re-creates the periodic jobs if Redis lost them (a flush, a new
 * instance): the re-created reconcile runs at once and puts back every pending job.
 * Call `close()` on SIGTERM: active jobs finish first.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const logger = options.logger ?? silentLogger;
  const prefix = options.prefix ?? 'snowball';
  const specs = globalSchedulerSpecs(options.reconcileEveryMs ? { reconcileEveryMs: options.reconcileEveryMs } : {});
  // Before connecting anything: every job the core or a schedule can put on the queue must have a handler.
  assertJobsDefined([...CORE_JOB_NAMES, ...specs.map((s) => s.name), JOB.renewalsSummary, JOB.matchingRound]);
  const producer = producerConnection(options.redisUrl);
  const consumer = workerConnection(options.redisUrl);
  quietly(producer, 'producer', logger);
  quietly(consumer, 'worker', logger);
  const queue = new BullMqJobQueue(producer, prefix, JOB_ROUTES, { logger });
  const { ports } = options;
  // The model loads on the first profile to encode (about a second); a missing one is said once, and matching works
  // on words alone.
  const sentences =
    ports.sentences ?? (options.sentences === undefined ? await sentenceEncoder() : options.sentences) ?? undefined;
  if (!sentences) logger.warn({}, 'no sentence encoder: no sentence meanings are stored, matching runs without them');
  // The worker's core schedules into the very queues this worker consumes, whatever the caller's core uses.
  // A matching round collects garbage between its phases, so a 100,000-member round stays under 1 GiB.
  const heap = ports.heap ?? heapControl();
  const core = createCore({ ...ports, jobs: queue, ...(sentences ? { sentences } : {}), ...(heap ? { heap } : {}) });
  const schedulers = new JobSchedulers(queue.queue('tasks'), JOB_ROUTES);
  const handlers = createJobHandlers({
    core,
    communities: ports.communities,
    clubSchedules: new ClubSchedulesOnQueue(schedulers, core),
    clock: ports.clock,
    logger,
  });
  const workers = startJobWorkers({
    connection: consumer,
    handlers,
    prefix,
    logger,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.notifyRate ? { notifyRate: options.notifyRate } : {}),
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  });

  const reconcileNow = async (reason: string) => {
    const jobId = `reconcile.${reason.replace(/[^\w-]/g, '-')}.${Date.now()}`;
    const { retry } = routeOf(JOB_ROUTES, JOB.reconcile);
    await queue
      .queue('tasks')
      .add(
        JOB.reconcile,
        { reason },
        { attempts: retry.attempts, backoff: { ...retry.backoff }, ...RECONCILE_NOW_KEEP, jobId },
      );
    return jobId;
  };
  let startQueued = false;
  let firstCheck = true;
  const check = async () => {
    const created: string[] = [];
    for (const spec of specs) if (await schedulers.ensure(spec)) created.push(spec.id);
    if (created.length > 0 && !firstCheck) {
      logger.warn(
        { schedulers: created },
        'periodic jobs were missing from Redis; re-created them, reconcile runs now',
      );
    }
    firstCheck = false;
    if (!startQueued) {
      await reconcileNow('start');
      startQueued = true;
    }
  };
  let checking: Promise<void> = Promise.resolve();
  const runCheck = () => {
    checking = checking.then(check).catch((err) => logger.error({ err }, 'could not check the periodic jobs'));
    return checking;
  };
  // Redis may still be coming up: a failed first check is logged and retried by the watchdog.
  await runCheck();
  const watchdog = setInterval(runCheck, options.watchdogMs ?? 60_000);
  watchdog.unref();
  logger.info({ prefix, schedulers: specs.map((s) => s.id) }, 'worker started');

  let closing: Promise<void> | null = null;
  return {
    queues: [queue.queue('notify'), queue.queue('tasks')],
    workers: workers.workers,
    reconcileNow,
    close() {
      closing ??= (async () => {
        clearInterval(watchdog);
        await checking;
        await workers.close();
        await queue.close();
        await Promise.allSettled([producer.quit(), consumer.quit()]);
        logger.info({ prefix }, 'worker stopped');
      })();
      return closing;
    },
  };
}
