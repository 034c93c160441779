import type { ErasureStatus } from '@snowball/core';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** Single-use links to download a member's data export; only the token's hash is stored. */
export const privacyExportLinks = pgTable(
  'privacy_export_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** Kept as a plain id, like audit actors: the request outlives the staff member who made it. */
    requestedBy: uuid('requested_by'),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('privacy_export_links_member_idx').on(t.communityId, t.memberId)],
);

/** Confirmed erasure requests, carried out once their cooling-off is over. They hold ids only. */
export const privacyErasures = pgTable(
  'privacy_erasures',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by'),
    requestedAt: timestamptz('requested_at').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    status: text('status').$type<ErasureStatus>().notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (t) => [
    index('privacy_erasures_member_idx').on(t.communityId, t.memberId, t.status),
    // The reconcile: pending requests by due time.
    index('privacy_erasures_pending_due_idx').on(t.dueAt, t.id),
  ],
);
