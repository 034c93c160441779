import { describeAccessCheckContract } from '../contract/access-check.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeAccessCheckContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
