import type { Platform } from '../../domain/member.js';
import type { DmChannelRepository } from '../../ports/dm-channel.repository.js';

/** DM channel ids in a map: the in-memory twin of the drizzle repository, held to the same contract. */
export class MemoryDmChannelRepository implements DmChannelRepository {
  private readonly channels = new Map<string, string>();

  async find(platform: Platform, platformUserId: string): Promise<string | null> {
    return this.channels.get(`${platform}:${platformUserId}`) ?? null;
  }

  async save(platform: Platform, platformUserId: string, channelId: string): Promise<void> {
    this.channels.set(`${platform}:${platformUserId}`, channelId);
  }

  async forget(platform: Platform, platformUserId: string): Promise<void> {
    this.channels.delete(`${platform}:${platformUserId}`);
  }
}
