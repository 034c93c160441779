import { describeLessonRepositoryContract } from '../contract/lesson-calendar.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeLessonRepositoryContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
