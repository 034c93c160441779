import type { AccessCheckRun } from '@snowball/core';
import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';

/** Each club's last access check (who was granted, revoked, reported; what failed), shown to owners. */
export const accessCheckRuns = pgTable('access_check_runs', {
  communityId: uuid('community_id')
    .primaryKey()
    .references(() => communities.id, { onDelete: 'cascade' }),
  finishedAt: timestamptz('finished_at').notNull(),
  run: jsonb('run').$type<AccessCheckRun>().notNull(),
});
