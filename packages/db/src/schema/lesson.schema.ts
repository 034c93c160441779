import type { LessonKind, LessonStatus, QuestionStatus, RsvpStatus } from '@snowball/core';
import { boolean, index, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** Recurring sets of lessons. */
export const lessonSeries = pgTable(
  'lesson_series',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    rule: text('rule').notNull(),
    timezone: text('timezone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    startsOn: timestamptz('starts_on').notNull(),
    until: timestamptz('until'),
    description: text('description').notNull(),
    location: text('location').notNull(),
    capacity: integer('capacity'),
    hostMemberId: uuid('host_member_id').references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('lesson_series_community_idx').on(t.communityId, t.createdAt, t.id)],
);

/** Lessons and guest talks. */
export const lessons = pgTable(
  'lessons',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => lessonSeries.id, { onDelete: 'set null' }),
    kind: text('kind').$type<LessonKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    speakerName: text('speaker_name'),
    speakerBio: text('speaker_bio'),
    startsAt: timestamptz('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    capacity: integer('capacity'),
    location: text('location').notNull(),
    status: text('status').$type<LessonStatus>().notNull(),
    materialsUrl: text('materials_url'),
    replayUrl: text('replay_url'),
    hostMemberId: uuid('host_member_id').references(() => members.id, { onDelete: 'set null' }),
    occurrenceStartsAt: timestamptz('occurrence_starts_at'),
    version: integer('version').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('lessons_community_starts_at_idx').on(t.communityId, t.startsAt, t.id),
    index('lessons_series_occurrence_idx').on(t.seriesId, t.occurrenceStartsAt),
  ],
);

/** Who said they will attend a lesson. */
export const rsvps = pgTable(
  'rsvps',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    status: text('status').$type<RsvpStatus>().notNull(),
    attended: boolean('attended'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [primaryKey({ name: 'rsvps_pkey', columns: [t.lessonId, t.memberId] })],
);

/** Members' private questions to the coaches. */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    status: text('status').$type<QuestionStatus>().notNull(),
    claimedBy: uuid('claimed_by').references(() => members.id, { onDelete: 'set null' }),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => members.id, { onDelete: 'set null' }),
    answeredAt: timestamptz('answered_at'),
    faq: boolean('faq').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    resolvedAt: timestamptz('resolved_at'),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    faqConsent: boolean('faq_consent').notNull().default(false),
    slaRemindedAt: timestamptz('sla_reminded_at'),
    slaEscalatedAt: timestamptz('sla_escalated_at'),
    /** A coach's follow-up waits for the member's reply since then (null: nothing asked of the member). */
    awaitingMemberSince: timestamptz('awaiting_member_since'),
  },
  (t) => [
    index('questions_community_status_created_idx').on(t.communityId, t.status, t.createdAt, t.id),
    index('questions_community_created_idx').on(t.communityId, t.createdAt, t.id),
    index('questions_member_idx').on(t.communityId, t.memberId, t.createdAt),
    index('questions_claimed_by_idx').on(t.communityId, t.claimedBy, t.createdAt),
  ],
);
