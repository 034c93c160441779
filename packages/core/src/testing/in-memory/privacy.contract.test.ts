import { describePrivacyContract } from '../contract/privacy.contract.js';
import { createTestPorts } from '../create-test-ports.js';

describePrivacyContract('in memory', async () => ({ ports: createTestPorts() }));
