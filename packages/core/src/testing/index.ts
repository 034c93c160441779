export * from './contract/repositories.contract.js';
export * from './create-test-ports.js';
export { MemoryStore } from './in-memory/store.js';
export * from './in-memory-job-queue.js';
export * from './manual-clock.js';
export * from './memory-repositories.js';
export * from './recording-messenger.js';
export * from './sequential-ids.js';
