import { type RunningWorker, startWorker } from '@snowball/worker';
import type { Logger } from 'pino';
import type { System } from './open-system.js';

/**
 * Starts the BullMQ workers for reminders, renewals, matching and reconcile over the system's ports. The
 * worker binds its own core to its own queues (same Redis, same queue prefix), so what it derives from Postgres
 * always lands where it consumes. `close()` (called on SIGTERM) lets active jobs finish.
 */
export async function startWorkerRole(
  system: System,
  redisUrl: string,
  logger: Logger,
  prefix: string,
): Promise<RunningWorker> {
  return startWorker({ ports: system.ports, redisUrl, prefix, logger: logger.child({ role: 'worker' }) });
}
