import { describeClubFiguresContract } from '../contract/club-figures.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeClubFiguresContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
