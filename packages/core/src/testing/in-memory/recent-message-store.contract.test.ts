import { describeRecentMessageStoreContract } from '../contract/recent-message-store.contract.js';
import { InMemoryRecentMessageStore } from './recent-message-store.js';

describeRecentMessageStoreContract('in memory', async () => ({ store: new InMemoryRecentMessageStore() }));
