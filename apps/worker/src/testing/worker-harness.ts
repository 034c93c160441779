import type { Core, Ports, RoleSync } from '@snowball/core';
import { BullMqJobQueue, producerConnection } from '@snowball/jobs';
import { afterAll, beforeAll } from 'vitest';
import { JOB_ROUTES } from '../job-list.js';
import { type RunningWorker, type StartWorkerOptions, startWorker } from '../start-worker.js';
import {
  deletePrefixKeys,
  openTestDatabase,
  redisUrl,
  StampedMessenger,
  type TestDatabase,
  testCore,
  testPorts,
  uniquePrefix,
} from './worker-test-kit.js';

// Kept apart from worker-test-kit.ts because it imports vitest, which the worker child process must not load.

/** What differs between the files that use the harness. */
export interface WorkerHarnessOptions {
  /** Default a fresh `StampedMessenger`. */
  readonly messenger?: StampedMessenger;
  readonly roleSync?: RoleSync;
  /** `queues`: the test's core schedules where the worker looks, as the API's core does; default jobs are dropped. */
  readonly jobs?: 'dropped' | 'queues';
  /** Start the worker in beforeAll (default); false when the test has rows to write first (`harness.start`). */
  readonly startWorker?: boolean;
}

/** A test database, ports and core, a worker on a prefix of its own, and queues to look at its jobs. */
export interface WorkerHarness {
  readonly url: string;
  readonly prefix: string;
  /** Producer-side queues on the worker's prefix (the worker and core have their own connections). */
  readonly queues: BullMqJobQueue;
  readonly messenger: StampedMessenger;
  readonly db: TestDatabase;
  readonly ports: Ports;
  readonly core: Core;
  readonly worker: RunningWorker;
  /** Starts the worker over the harness's ports; afterAll closes it. */
  start(options?: Partial<Omit<StartWorkerOptions, 'ports' | 'redisUrl' | 'prefix'>>): Promise<RunningWorker>;
}

/** Registers the beforeAll/afterAll of a real-worker test file; call inside `describe`. */
export function useWorkerHarness(name: string, options: WorkerHarnessOptions = {}): WorkerHarness {
  const url = redisUrl();
  const prefix = uniquePrefix(name);
  const producer = producerConnection(url);
  const queues = new BullMqJobQueue(producer, prefix, JOB_ROUTES);
  const messenger = options.messenger ?? new StampedMessenger();
  let db: TestDatabase | undefined;
  let ports: Ports | undefined;
  let core: Core | undefined;
  let worker: RunningWorker | undefined;

  // Getters rather than fields: the values exist only once beforeAll has run.
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`worker harness: ${what} is not ready yet`);
    return value;
  };

  const harness: WorkerHarness = {
    url,
    prefix,
    queues,
    messenger,
    get db() {
      return ready(db, 'db');
    },
    get ports() {
      return ready(ports, 'ports');
    },
    get core() {
      return ready(core, 'core');
    },
    get worker() {
      return ready(worker, 'worker');
    },
    async start(extra = {}) {
      // Without a sentence encoder unless the test gives one: loading the model is a second and a lot of memory.
      worker = await startWorker({ sentences: null, ...extra, ports: harness.ports, redisUrl: url, prefix });
      return worker;
    },
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    ports = testPorts(db.repos, {
      messenger,
      roleSync: options.roleSync,
      jobs: options.jobs === 'queues' ? queues : undefined,
    });
    core = testCore(ports);
    if (options.startWorker !== false) await harness.start();
  });

  afterAll(async () => {
    await worker?.close();
    await queues.close();
    await producer.quit();
    await db?.close();
    await deletePrefixKeys(url, prefix);
  });

  return harness;
}
