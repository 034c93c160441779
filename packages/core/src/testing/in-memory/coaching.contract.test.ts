import { describeCoachingContract } from '../contract/coaching.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeCoachingContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
