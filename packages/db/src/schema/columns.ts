import { timestamp } from 'drizzle-orm/pg-core';

/** A `timestamp with time zone` read and written as a JS Date. */
export function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}
