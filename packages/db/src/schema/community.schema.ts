import type { CommunitySettings, Platform } from '@snowball/core';
import { index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/** Clubs (tenants). */
export const communities = pgTable(
  'communities',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    settings: jsonb('settings').$type<CommunitySettings>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [uniqueIndex('communities_slug_key').on(t.slug), index('communities_created_at_idx').on(t.createdAt, t.id)],
);

/** Which Discord guild or Slack team belongs to which club. */
export const workspaces = pgTable(
  'workspaces',
  {
    platform: text('platform').$type<Platform>().notNull(),
    workspaceId: text('workspace_id').notNull(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** A Discord guild's own member role (set in Settings); null: the deployment's DISCORD_MEMBER_ROLE_ID. */
    memberRoleId: text('member_role_id'),
  },
  (t) => [
    primaryKey({ name: 'workspaces_pkey', columns: [t.platform, t.workspaceId] }),
    index('workspaces_community_idx').on(t.communityId),
  ],
);
