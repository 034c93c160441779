import type { Locale, Platform, StaffRole, Visibility } from '@snowball/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
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
    notes: text('notes').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    deletedAt: timestamptz('deleted_at'),
  },
  (t) => [
    uniqueIndex('members_community_handle_key').on(t.communityId, t.handle),
    // Lists order by the lowercased name in byte order (COLLATE "C"), the same order on every database locale.
    index('members_community_display_name_idx').on(t.communityId, sql`(${t.displayNameLower} collate "C")`, t.id),
    index('members_community_email_idx').on(t.communityId, t.email),
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
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [primaryKey({ name: 'profiles_pkey', columns: [t.communityId, t.memberId] })],
);
