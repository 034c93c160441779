import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabaseError, isDatabaseUnavailable } from './database.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';

describe('the statement timeout (PostgreSQL)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openDatabase({ url: String(process.env.DATABASE_URL), statementTimeoutMs: 200 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('cancels a statement that runs past it, as an outage the edge answers 503 to', async () => {
    const error = await database.db.execute(sql`select pg_sleep(5)`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(describeDatabaseError(error)).toContain('57014');
    // The pool still serves afterwards.
    await database.ping();
  });
});
