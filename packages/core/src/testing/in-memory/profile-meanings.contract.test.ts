import { describeProfileMeaningsContract } from '../contract/profile-meanings.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeProfileMeaningsContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
