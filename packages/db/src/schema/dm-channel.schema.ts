import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/** DM channels the bot opened with platform users (one per user), so no process opens one twice. */
export const dmChannels = pgTable(
  'dm_channels',
  {
    platform: text('platform').notNull(),
    platformUserId: text('platform_user_id').notNull(),
    channelId: text('channel_id').notNull(),
    savedAt: timestamptz('saved_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.platformUserId] })],
);
