import { describeChannelPostContract } from '../contract/channel-post.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeChannelPostContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
