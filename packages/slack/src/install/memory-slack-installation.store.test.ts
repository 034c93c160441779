import { describeInstallationStoreContract } from '../testing/slack-installation-store.contract.js';
import { InMemorySlackInstallationStore } from './memory-slack-installation.store.js';

describeInstallationStoreContract('in-memory', async () => ({
  store: new InMemorySlackInstallationStore(),
  communityId: 'community-1',
}));
