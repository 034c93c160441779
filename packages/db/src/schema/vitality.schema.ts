import { boolean, customType, date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { members } from './member.schema.js';

/** A `tstzmultirange` column, read as its text form (only SQL looks inside it). */
const tstzmultirange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzmultirange' });

/**
 * A club's vitality per local day (core's `VitalityDay`), written in bulk by the `vitality.refresh` job, so the
 * dashboard's series read one row per day whatever the club's size. Derivable from the source tables: a lost
 * row is recomputed by the next run.
 */
export const vitalityDays = pgTable(
  'vitality_days',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    members: integer('members').notNull(),
    contributors30: integer('contributors_30').notNull(),
    contributors90: integer('contributors_90').notNull(),
    takers30: integer('takers_30').notNull(),
    newContributors30: integer('new_contributors_30').notNull(),
    computedAt: timestamptz('computed_at').notNull(),
    /**
     * Computed after the local day ended: the hourly refresh leaves it alone unless an event dated on or before
     * it arrives later (see `vitalityLateEvents`).
     */
    final: boolean('final').notNull().default(false),
  },
  (t) => [primaryKey({ name: 'vitality_days_pkey', columns: [t.communityId, t.day] })],
);

/**
 * Each member's latest giving and taking, kept by triggers (see the `member_activity` migration) in the same
 * transaction as the event: contributions (gave: first, last, all-time points), questions and introductions
 * (took). Lesson attendance is not here (its instant is the lesson's start, often in the future); the day
 * summary reads it live. With these, today's summary is one indexed aggregate instead of a pass over 90 days of
 * the ledger. Also each member's cohort facts from their membership periods (first period, renewed, the union of
 * the periods; triggers on `membership_periods`, migration `vitality_final_days`), so the cohorts figure is one
 * pass over this table. Backfilled by the migrations; derivable from the source tables.
 */
export const memberActivity = pgTable(
  'member_activity',
  {
    memberId: uuid('member_id')
      .primaryKey()
      .references(() => members.id, { onDelete: 'cascade' }),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    firstGaveAt: timestamptz('first_gave_at'),
    lastGaveAt: timestamptz('last_gave_at'),
    /** Contribution points, all time. */
    points: integer('points').notNull().default(0),
    lastTookAt: timestamptz('last_took_at'),
    /** The first membership period (earliest start, then earliest end): the member's cohort. */
    firstStartedAt: timestamptz('first_started_at'),
    firstEndedAt: timestamptz('first_ended_at'),
    /** Whether any period is a renewal. */
    renewed: boolean('renewed').notNull().default(false),
    /** The union of the member's periods ([start, end)), for "had access at the first year's checkpoint". */
    access: tstzmultirange('access'),
  },
  (t) => [
    index('member_activity_last_gave_idx').on(t.communityId, t.lastGaveAt),
    index('member_activity_last_took_idx').on(t.communityId, t.lastTookAt),
    index('member_activity_first_gave_idx').on(t.communityId, t.firstGaveAt),
  ],
);

/**
 * Per club, the earliest instant of an event recorded after the start of the club's local day it is dated in
 * (a lesson's attendance marked afterwards, a contribution or period dated in the past), kept by triggers (see
 * the `vitality_final_days` migration). The hourly refresh recomputes the final days from that day on, then
 * clears the row if no newer mark arrived meanwhile (`marked_at`).
 */
export const vitalityLateEvents = pgTable('vitality_late_events', {
  communityId: uuid('community_id')
    .primaryKey()
    .references(() => communities.id, { onDelete: 'cascade' }),
  since: timestamptz('since').notNull(),
  markedAt: timestamptz('marked_at').notNull(),
});
