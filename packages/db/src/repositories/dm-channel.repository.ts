import type { DmChannelRepository, Platform } from '@snowball/core';
import { and, eq, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { dmChannels } from '../schema/index.js';

/** DM channel ids in PostgreSQL (`dm_channels`), one row per platform user. */
export class DrizzleDmChannelRepository implements DmChannelRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async find(platform: Platform, platformUserId: string): Promise<string | null> {
    const [row] = await this.db()
      .select({ channelId: dmChannels.channelId })
      .from(dmChannels)
      .where(and(eq(dmChannels.platform, platform), eq(dmChannels.platformUserId, platformUserId)));
    return row?.channelId ?? null;
  }

  async save(platform: Platform, platformUserId: string, channelId: string): Promise<void> {
    await this.db()
      .insert(dmChannels)
      .values({ platform, platformUserId, channelId })
      .onConflictDoUpdate({
        target: [dmChannels.platform, dmChannels.platformUserId],
        set: { channelId, savedAt: sql`now()` },
      });
  }

  async forget(platform: Platform, platformUserId: string): Promise<void> {
    await this.db()
      .delete(dmChannels)
      .where(and(eq(dmChannels.platform, platform), eq(dmChannels.platformUserId, platformUserId)));
  }
}
