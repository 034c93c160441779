import { Redis } from 'ioredis';

/** Workers block on Redis and must retry forever (BullMQ production guide). */
export function workerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** Producers fail fast while Redis is down, so a request is answered (and the row reconciled later) instead of hanging. */
export function producerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
}
