import { describeBillingContract } from '../contract/billing.contract.js';
import { createMemoryRepositories } from '../memory-repositories.js';

describeBillingContract('in-memory', async () => ({ repos: createMemoryRepositories() }));
