import { describeRepositorySemantics } from '../contract/repository-semantics.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeRepositorySemantics('in-memory', async () => ({ repos: createMemoryRepositories() }));
