import type { Ports, Repositories, UnitOfWork } from '../ports/ports.js';
import { InMemoryRecentMessageStore } from './in-memory/recent-message-store.js';
import { InMemoryJobQueue } from './in-memory-job-queue.js';
import { ManualClock } from './manual-clock.js';
import { createMemoryRepositories } from './memory-repositories.js';
import { RecordingMessenger, RecordingRoleSync } from './recording-messenger.js';
import { SequentialIds } from './sequential-ids.js';

export interface TestPorts extends Ports {
  readonly clock: ManualClock;
  readonly ids: SequentialIds;
  readonly messenger: RecordingMessenger;
  readonly roleSync: RecordingRoleSync;
  readonly jobs: InMemoryJobQueue;
  readonly recentMessages: InMemoryRecentMessageStore;
}

/** Working in-memory ports for unit tests; pass `repositories` to run the same test over another store. */
export function createTestPorts(repositories?: Repositories & { uow: UnitOfWork }): TestPorts {
  return {
    ...(repositories ?? createMemoryRepositories()),
    clock: new ManualClock(),
    ids: new SequentialIds(),
    messenger: new RecordingMessenger(),
    roleSync: new RecordingRoleSync(),
    jobs: new InMemoryJobQueue(),
    recentMessages: new InMemoryRecentMessageStore(),
  };
}
