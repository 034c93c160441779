// A worker in its own process, for tests that kill it: `node --import tsx apps/worker/src/testing/worker-process.ts`.
// Reads DATABASE_URL (an already migrated database), REDIS_URL, WORKER_PREFIX and SENDS_FILE from the
// environment; SEND_DELAY_MS, HANG_AFTER and HANG_FILE shape the recording messenger. Prints `ready` once
// started; SIGTERM closes it gracefully (active jobs finish) and exits 0.
import { type JobQueue, type Ports, type RoleSync, randomIds, systemClock } from '@snowball/core';
import { createDrizzleRepositories, openDatabase } from '@snowball/db';
import type { WorkerLogger } from '../job-context.js';
import { startWorker } from '../start-worker.js';
import { FileRecordingMessenger } from './file-recording-messenger.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const optionalNumber = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

const log = (level: string) => (details: Record<string, unknown>, message: string) => {
  const err = details.err instanceof Error ? { err: details.err.stack } : {};
  process.stderr.write(`${JSON.stringify({ level, message, ...details, ...err })}\n`);
};
const logger: WorkerLogger = { info() {}, warn: log('warn'), error: log('error') };

const database = await openDatabase({ url: required('DATABASE_URL') });
const hangAfter = optionalNumber('HANG_AFTER');
const delayMs = optionalNumber('SEND_DELAY_MS');
const messenger = new FileRecordingMessenger(required('SENDS_FILE'), {
  ...(delayMs !== undefined ? { delayMs } : {}),
  ...(hangAfter !== undefined ? { hangAfter } : {}),
  ...(process.env.HANG_FILE ? { hangFile: process.env.HANG_FILE } : {}),
});
const noRoles: RoleSync = { async grant() {}, async revoke() {} };
// The worker binds its own queues as `jobs`; nothing else in this process schedules.
const noJobs: JobQueue = { async schedule() {}, scheduleMany: async () => ({ added: 0 }), async cancel() {} };
const ports: Ports = {
  ...createDrizzleRepositories(database.db),
  clock: systemClock,
  ids: randomIds,
  messenger,
  roleSync: noRoles,
  jobs: noJobs,
};
const worker = await startWorker({
  ports,
  redisUrl: required('REDIS_URL'),
  prefix: required('WORKER_PREFIX'),
  logger,
  concurrency: { notify: 10 },
  notifyRate: { max: 500, duration: 1000 },
  // A killed worker's jobs run again within a few seconds instead of BullMQ's 30 s.
  lockDuration: 2_000,
  stalledInterval: 1_000,
  sentences: null,
});
process.once('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await database.close();
    process.exit(0);
  })();
});
process.stdout.write('ready\n');
