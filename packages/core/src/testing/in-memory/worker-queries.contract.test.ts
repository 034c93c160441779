import { describeWorkerQueriesContract } from '../contract/worker-queries.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeWorkerQueriesContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
