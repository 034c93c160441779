import type { CaseKind, CaseStatus, DeliveryStatus } from '@snowball/core';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** The append-only log of staff actions. Actors are kept as plain ids so the log outlives the rows it names. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
    at: timestamptz('at').notNull(),
  },
  (t) => [
    index('audit_entries_community_at_idx').on(t.communityId, t.at.desc(), t.id.desc()),
    index('audit_entries_community_target_idx').on(t.communityId, t.targetId),
  ],
);

/** Breaches and reports under moderator review. */
export const moderationCases = pgTable(
  'moderation_cases',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    reporterId: uuid('reporter_id').references(() => members.id, { onDelete: 'set null' }),
    kind: text('kind').$type<CaseKind>().notNull(),
    status: text('status').$type<CaseStatus>().notNull(),
    platform: text('platform'),
    channelId: text('channel_id'),
    messageId: text('message_id'),
    excerpt: text('excerpt').notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by').references(() => members.id, { onDelete: 'set null' }),
    decidedAt: timestamptz('decided_at'),
    appeal: text('appeal'),
    createdAt: timestamptz('created_at').notNull(),
    notes: text('notes'),
    appealedAt: timestamptz('appealed_at'),
    appealOutcome: text('appeal_outcome').$type<'granted' | 'denied'>(),
    evidencePurgedAt: timestamptz('evidence_purged_at'),
  },
  (t) => [
    index('moderation_cases_community_created_idx').on(t.communityId, t.createdAt),
    index('moderation_cases_member_idx').on(t.communityId, t.memberId),
    // The panel's queue: waiting cases of a club, newest first, paged by keyset.
    index('moderation_cases_community_status_created_idx').on(t.communityId, t.status, t.createdAt.desc(), t.id.desc()),
    // The evidence purge: decided cases whose excerpt is still kept, oldest decision first.
    index('moderation_cases_evidence_due_idx')
      .on(t.communityId, t.decidedAt)
      .where(sql`${t.evidencePurgedAt} is null and ${t.status} in ('upheld', 'dismissed')`),
  ],
);

/** Messages members see, keyed so each is sent at most once. */
export const deliveries = pgTable(
  'deliveries',
  {
    key: text('key').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Null for a message to an applicant who is not a member yet (a decision on their application). */
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    attempts: integer('attempts').notNull(),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [index('deliveries_community_status_idx').on(t.communityId, t.status)],
);
