import { describeDmChannelContract } from '../contract/dm-channel.contract.js';
import { MemoryDmChannelRepository } from './dm-channel.repository.js';

describeDmChannelContract('in memory', async () => ({ dmChannels: new MemoryDmChannelRepository() }));
