import { customType, timestamp } from 'drizzle-orm/pg-core';

/** A `timestamp with time zone` read and written as a JS Date. */
export function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/** A `bytea`, read as a Uint8Array (a Buffer with postgres-js) and written from one. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
  dataType() {
    return 'bytea';
  },
  fromDriver(value) {
    // postgres-js and PGlite hand back bytes; a driver that reads text gets the hex form (`\\x...`).
    return typeof value === 'string' ? Uint8Array.from(Buffer.from(value.slice(2), 'hex')) : value;
  },
});
