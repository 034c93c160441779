import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';

/** Slack workspaces that installed the app (OAuth), one row per team; the bot token is stored encrypted only. */
export const slackInstallations = pgTable(
  'slack_installations',
  {
    teamId: text('team_id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    teamName: text('team_name'),
    enterpriseId: text('enterprise_id'),
    appId: text('app_id'),
    botUserId: text('bot_user_id').notNull(),
    botId: text('bot_id'),
    // Encrypted by the Slack adapter before it reaches the database; never the plain `xoxb-` token.
    botTokenCiphertext: text('bot_token_ciphertext').notNull(),
    scopes: jsonb('scopes').$type<readonly string[]>().notNull().default([]),
    installedBy: text('installed_by'),
    installedAt: timestamptz('installed_at').notNull(),
  },
  (t) => [index('slack_installations_community_idx').on(t.communityId)],
);
