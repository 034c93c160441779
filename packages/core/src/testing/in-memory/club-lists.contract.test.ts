import { describeClubListsContract } from '../contract/club-lists.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeClubListsContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
