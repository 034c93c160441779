import type { Locale, Platform, StaffRole, Visibility } from '@snowball/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, timestamptz } from './columns.js';
import { communities } from './community.schema.js';

/** People a club knows. `*_lower` columns hold JS-lowercased copies, so search and order do not depend on the database locale. */
export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    handle: text('handle').notNull(),
    handleLower: text('handle_lower').notNull(),
    displayName: text('display_name').notNull(),
    displayNameLower: text('display_name_lower').notNull(),
    email: text('email'),
    emailLower: text('email_lower'),
    locale: text('locale').$type<Locale>(),
    timezone: text('timezone'),
    reminderLeadMinutes: integer('reminder_lead_minutes'),
    remindersMuted: boolean('reminders_muted').notNull(),
    matchingExcluded: boolean('matching_excluded').notNull(),
    // Where direct messages go (core's `accountsToNotify`); null: every linked platform.
    notifyPlatforms: text('notify_platforms').array().$type<Platform[]>(),
    notes: text('notes').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    deletedAt: timestamptz('deleted_at'),
    /**
     * The latest end of the member's membership periods (null: none), kept by a trigger on
     * membership_periods (migration 0009), so lists and counts by membership status read one indexed column.
     */
    latestEnd: timestamptz('latest_end'),
    /**
     * The member's latest contribution (`contributions.at`; null: none), kept by a trigger on contributions
     * (migration 0035) beside `latest_end`, so the vitality figure counts one index range without visiting rows.
     */
    lastContributedAt: timestamptz('last_contributed_at'),
    /** The member's personal referral code, given in `/me` and typed by applicants they refer (set on first use). */
    referralCode: text('referral_code'),
  },
  (t) => [
    uniqueIndex('members_community_handle_key').on(t.communityId, t.handle),
    uniqueIndex('members_community_referral_code_key').on(t.communityId, t.referralCode),
    // Lists order by the lowercased name in byte order (COLLATE "C"), the same order on every database locale.
    index('members_community_display_name_idx').on(t.communityId, sql`(${t.displayNameLower} collate "C")`, t.id),
    index('members_community_email_idx').on(t.communityId, t.email),
    // The panel's member list: newest first, a page at a time.
    index('members_community_created_idx').on(t.communityId, t.createdAt, t.id),
    index('members_community_latest_end_idx').on(t.communityId, t.latestEnd, t.id),
    // The vitality figure: members who contributed lately, with their latest end for the access check.
    index('members_community_last_contribution_idx')
      .on(t.communityId, t.lastContributedAt, t.latestEnd)
      .where(sql`${t.deletedAt} is null and ${t.lastContributedAt} is not null`),
    // Substring search on names, handles and emails (LIKE '%…%' through pg_trgm).
    index('members_display_name_trgm_idx').using('gin', sql`${t.displayNameLower} gin_trgm_ops`),
    index('members_handle_trgm_idx').using('gin', sql`${t.handleLower} gin_trgm_ops`),
    index('members_email_trgm_idx').using('gin', sql`${t.emailLower} gin_trgm_ops`),
  ],
);

/** Discord and Slack users linked to members. */
export const platformAccounts = pgTable(
  'platform_accounts',
  {
    platform: text('platform').$type<Platform>().notNull(),
    workspaceId: text('workspace_id').notNull(),
    platformUserId: text('platform_user_id').notNull(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    linkedAt: timestamptz('linked_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'platform_accounts_pkey', columns: [t.platform, t.workspaceId, t.platformUserId] }),
    index('platform_accounts_member_idx').on(t.communityId, t.memberId),
    // The access check pages through a workspace's accounts in byte order of the platform user id.
    index('platform_accounts_workspace_user_idx').on(
      t.communityId,
      t.platform,
      t.workspaceId,
      sql`(${t.platformUserId} collate "C")`,
    ),
  ],
);

/** Owner, moderator and coach assignments. */
export const staffRoles = pgTable(
  'staff_roles',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text('role').$type<StaffRole>().notNull(),
    grantedAt: timestamptz('granted_at').notNull(),
  },
  (t) => [primaryKey({ name: 'staff_roles_pkey', columns: [t.communityId, t.memberId, t.role] })],
);

/** Member profiles: the directory and the input to matching. */
export const profiles = pgTable(
  'profiles',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    company: text('company').notNull(),
    role: text('role').notNull(),
    industry: text('industry').notNull(),
    region: text('region').notNull(),
    skills: text('skills').notNull(),
    offers: text('offers').notNull(),
    needs: text('needs').notNull(),
    dealSize: text('deal_size').notNull(),
    languages: jsonb('languages').$type<readonly Locale[]>().notNull(),
    timezone: text('timezone'),
    visibility: text('visibility').$type<Visibility>().notNull(),
    matchingOptIn: boolean('matching_opt_in').notNull(),
    doNotPair: jsonb('do_not_pair').$type<readonly string[]>().notNull(),
    snoozedUntil: timestamptz('snoozed_until'),
    // Given only to an introduced counterpart; existing profiles start without one.
    contactForIntros: text('contact_for_intros').notNull().default(''),
    // Listed by name on the leaderboard only once the member turns it on in /settings.
    leaderboardOptIn: boolean('leaderboard_opt_in').notNull().default(false),
    updatedAt: timestamptz('updated_at').notNull(),
    // The directory index (core's `directoryIndex`): concept, word and place keys, the lowercased text, and
    // the index version they were computed with (0: not yet indexed).
    searchKeys: text('search_keys').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
    searchVersion: integer('search_version').notNull().default(0),
    // What the needs and offers mean as sentences (`SentenceEncoder.encode`, made by the encode-profile-meanings
    // job with encoder version `meaning_version`); null until encoded, and set back to null by any write that
    // changes the needs or offers, so a round never uses a meaning of text the profile no longer has.
    meaning: bytea('meaning'),
    meaningVersion: text('meaning_version'),
  },
  (t) => [
    primaryKey({ name: 'profiles_pkey', columns: [t.communityId, t.memberId] }),
    index('profiles_community_updated_idx').on(t.communityId, t.updatedAt, t.memberId),
    index('profiles_search_keys_idx').using('gin', t.searchKeys),
    index('profiles_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('profiles_search_version_idx').on(t.searchVersion),
  ],
);

/**
 * How many current (not deleted) members of a club have their latest membership end on each UTC day
 * (`-infinity`: no membership yet), kept by a trigger on members (migration 0011). Counts by membership status
 * then read a few hundred rows whatever the club's size; see `repositories/member-tallies.ts`.
 */
export const memberTallies = pgTable(
  'member_tallies',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    endDay: date('end_day').notNull(),
    members: integer('members').notNull(),
  },
  (t) => [primaryKey({ name: 'member_tallies_pkey', columns: [t.communityId, t.endDay] })],
);
