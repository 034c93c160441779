import type { StaffRole } from '@snowball/core';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** One-time codes that link a second platform account to a member. */
export const linkCodes = pgTable(
  'link_codes',
  {
    code: text('code').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('link_codes_expires_idx').on(t.expiresAt)],
);

/** One-time admin-panel sign-in links; only the token's hash is stored. */
export const loginLinks = pgTable(
  'login_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text('role').$type<StaffRole>().notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [index('login_links_expires_idx').on(t.expiresAt)],
);

/** Admin-panel sessions; only the session id's hash is stored. */
export const adminSessions = pgTable(
  'admin_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    /** The login link's role, which bounds the session (null on sessions opened before it was recorded). */
    role: text('role').$type<StaffRole>(),
  },
  (t) => [index('admin_sessions_expires_idx').on(t.expiresAt)],
);

/** Calendar feed secrets, one per member (a new one replaces the old); only the hash is stored. */
export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'calendar_tokens_pkey', columns: [t.communityId, t.memberId] }),
    uniqueIndex('calendar_tokens_token_hash_key').on(t.tokenHash),
  ],
);
