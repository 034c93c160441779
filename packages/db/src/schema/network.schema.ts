import type { ContributionKind, FollowUpOutcome, IntroAnswer, IntroStatus, VettingStatus } from '@snowball/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/**
 * Double opt-in introductions. `member_low`/`member_high` hold the ordered pair (see `orderedPair`),
 * so one pair has one introduction whichever way round it was proposed.
 */
export const introductions = pgTable(
  'introductions',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberA: uuid('member_a')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    memberB: uuid('member_b')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    memberLow: uuid('member_low').notNull(),
    memberHigh: uuid('member_high').notNull(),
    answerA: text('answer_a').$type<IntroAnswer>().notNull(),
    answerB: text('answer_b').$type<IntroAnswer>().notNull(),
    status: text('status').$type<IntroStatus>().notNull(),
    score: doublePrecision('score').notNull(),
    reason: text('reason').notNull(),
    roundId: text('round_id'),
    introducedAt: timestamptz('introduced_at'),
    followUpAt: timestamptz('follow_up_at'),
    /** The last answer to "did this lead to business?"; `deal` and `no` stop the follow-ups. */
    followUpOutcome: text('follow_up_outcome').$type<FollowUpOutcome>(),
    /** The member who asked for this introduction (`/intros propose`); null for a matching round's. */
    proposedBy: uuid('proposed_by').references(() => members.id, { onDelete: 'set null' }),
    /** The introducer: who made it and is not one of its two sides (staff proposing a group); null otherwise. */
    introducerId: uuid('introducer_id').references(() => members.id, { onDelete: 'set null' }),
    /** When member A / member B said they met. */
    metA: timestamptz('met_a_at'),
    metB: timestamptz('met_b_at'),
    /** Shared by the three pair introductions of a group introduction of three; null for an introduction of two. */
    groupId: uuid('group_id'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('introductions_community_pair_key').on(t.communityId, t.memberLow, t.memberHigh),
    index('introductions_member_a_idx').on(t.communityId, t.memberA),
    index('introductions_member_b_idx').on(t.communityId, t.memberB),
    index('introductions_community_created_idx').on(t.communityId, t.createdAt),
    index('introductions_proposed_by_idx').on(t.communityId, t.proposedBy),
    index('introductions_introducer_idx').on(t.communityId, t.introducerId).where(sql`${t.introducerId} is not null`),
    index('introductions_group_idx').on(t.communityId, t.groupId).where(sql`${t.groupId} is not null`),
  ],
);

/** Business that came from an introduction or from the club. */
export const deals = pgTable(
  'deals',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    counterpartId: uuid('counterpart_id').references(() => members.id, { onDelete: 'set null' }),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    note: text('note').notNull(),
    confirmedByCounterpart: boolean('confirmed_by_counterpart').notNull(),
    closedAt: timestamptz('closed_at').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    index('deals_community_closed_idx').on(t.communityId, t.closedAt, t.id),
    index('deals_introduction_idx').on(t.communityId, t.introductionId),
  ],
);

/** The curated supplier directory. */
export const suppliers = pgTable(
  'suppliers',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    categories: jsonb('categories').$type<readonly string[]>().notNull(),
    region: text('region').notNull(),
    contact: text('contact').notNull(),
    description: text('description').notNull(),
    status: text('status').$type<VettingStatus>().notNull(),
    vettingNotes: text('vetting_notes').notNull(),
    recommendedBy: uuid('recommended_by').references(() => members.id, { onDelete: 'set null' }),
    endorsements: integer('endorsements').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    // The search index (core's `supplierIndex`): every key, the name's and categories' keys, the lowercased text,
    // and the index version they were computed with (0: not yet indexed).
    searchKeys: text('search_keys').array().notNull().default(sql`'{}'::text[]`),
    searchStrong: text('search_strong').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
    indexVersion: integer('index_version').notNull().default(0),
  },
  (t) => [
    index('suppliers_community_status_idx').on(t.communityId, t.status),
    index('suppliers_search_keys_idx').using('gin', t.searchKeys),
    index('suppliers_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('suppliers_index_version_idx').on(t.indexVersion),
  ],
);

/** Members vouching for suppliers: the key makes it once per member and supplier; `suppliers.endorsements` counts them. */
export const supplierEndorsements = pgTable(
  'supplier_endorsements',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'supplier_endorsements_pkey', columns: [t.supplierId, t.memberId] }),
    index('supplier_endorsements_member_idx').on(t.communityId, t.memberId),
  ],
);

/** Contribution events; one per member, kind and source, so an act is never counted twice. */
export const contributions = pgTable(
  'contributions',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContributionKind>().notNull(),
    sourceId: text('source_id').notNull(),
    points: integer('points').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [
    uniqueIndex('contributions_once_key').on(t.communityId, t.memberId, t.kind, t.sourceId),
    index('contributions_community_at_idx').on(t.communityId, t.at),
  ],
);
