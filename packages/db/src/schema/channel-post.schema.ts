import type { Platform } from '@snowball/core';
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';

/**
 * The bot's own messages in club channels (a question's staff card, a week's digest), one per key and platform:
 * the row is claimed before posting, so a retried or repeated job never posts twice, and keeps where the message
 * is so it can be edited in place.
 */
export const channelPosts = pgTable(
  'channel_posts',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    platform: text('platform').$type<Platform>().notNull(),
    workspaceId: text('workspace_id').notNull(),
    channelId: text('channel_id').notNull(),
    messageId: text('message_id'),
    state: text('state').notNull(),
    claimedAt: timestamptz('claimed_at').notNull(),
    postedAt: timestamptz('posted_at'),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.key, t.platform] })],
);
