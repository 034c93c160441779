import { describeRepositoryContract } from '../contract/repositories.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeRepositoryContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
