import { describeVitalityContract } from '../contract/vitality.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeVitalityContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
