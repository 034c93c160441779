import type { UnitOfWork } from '../../../packages/core/src/index.js';
import { createTestPorts, type TestPorts } from '../../../packages/core/src/testing/index.js';

/**
 * The in-memory ports of the tests with a lean unit of work. The test store's `uow.run` deep-copies every
 * table (to roll back on failure) and runs units one at a time, so its cost grows with everything stored:
 * with a 1,000-member club it is that copy, not our code, that a benchmark would measure. Here a unit of
 * work runs straight on the repositories (rows are still copied in and out, as a database driver would
 * map them); a benchmark has no failures to roll back. Production runs on PostgreSQL (packages/db).
 */
export function benchPorts(): TestPorts {
  const ports = createTestPorts();
  const uow: UnitOfWork = { run: (work) => work(ports) };
  return { ...ports, uow };
}
