import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';

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
  },
  (t) => [primaryKey({ name: 'vitality_days_pkey', columns: [t.communityId, t.day] })],
);
