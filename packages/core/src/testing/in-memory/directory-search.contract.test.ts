import { describeDirectorySearchContract } from '../contract/directory-search.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeDirectorySearchContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
