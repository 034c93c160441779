export * from './bullmq-job-queue.js';
export * from './connections.js';
export * from './queues.js';
export * from './redis-state-log.js';
export * from './start-job-worker.js';
