import type {
  CaseKind,
  CaseStatus,
  ChatActionKind,
  ChatActionPayload,
  ChatActionStatus,
  DeliveryStatus,
} from '@snowball/core';
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
    workspaceId: text('workspace_id'),
    /** The author's platform user id (strikes of a person with no membership are counted by it). */
    authorId: text('author_id'),
    /** The messages before the flagged one (`{ messageId, authorId, text, at }`), evidence purged with the excerpt. */
    context: jsonb('context').$type<{ messageId: string; authorId: string; text: string; at: string }[]>(),
    actionFailure: text('action_failure'),
  },
  (t) => [
    // Strikes of a person with no linked membership, by platform account.
    index('moderation_cases_author_idx').on(t.communityId, t.platform, t.workspaceId, t.authorId),
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

/**
 * Automatic moderation's platform actions (remove, timeout, DM, log), keyed so each has at most one effect; pending
 * ones are retried with backoff by the bots' reconcile loop. The payload (message text) is kept only while pending.
 */
export const moderationActions = pgTable(
  'moderation_actions',
  {
    key: text('key').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').$type<ChatActionKind>().notNull(),
    payload: jsonb('payload').$type<ChatActionPayload>(),
    status: text('status').$type<ChatActionStatus>().notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: timestamptz('next_attempt_at').notNull(),
    leaseUntil: timestamptz('lease_until'),
    error: text('error'),
    createdAt: timestamptz('created_at').notNull(),
    settledAt: timestamptz('settled_at'),
  },
  (t) => [
    // The reconcile loop: pending actions, oldest due first.
    index('moderation_actions_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
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
    /** When the sender now sending it took it (null: no one holds it); see `DeliveryRepository.hold`. */
    heldAt: timestamptz('held_at'),
  },
  (t) => [index('deliveries_community_status_idx').on(t.communityId, t.status)],
);
