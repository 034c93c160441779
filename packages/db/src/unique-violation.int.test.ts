import { errorText, isDomainError, UniqueViolation } from '@snowball/core';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { asUniqueViolation } from './repositories/sql-helpers.js';
import { createScratchDatabase } from './testing/scratch-database.js';

const insertClub = (id: string, slug: string) =>
  sql`insert into communities (id, slug, name, settings, created_at) values (${id}, ${slug}, 'Club', '{}'::jsonb, now())`;

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

// A race past the repositories' guards surfaces as PostgreSQL's own unique violation (23505): core's conflict.
describe('unique violations from the database become domain conflicts', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });

  it('on PGlite: the driver’s error reads as conflict.unique naming the constraint', async () => {
    const handle: DatabaseHandle = await openDatabase({ memory: true });
    closers.push(() => handle.close());
    await runMigrations(handle);
    await handle.db.execute(insertClub('00000000-0000-4000-8000-000000000001', 'taken'));
    const error = await failure(() => handle.db.execute(insertClub('00000000-0000-4000-8000-000000000002', 'taken')));
    const conflict = asUniqueViolation(error);
    expect(conflict).toBeInstanceOf(UniqueViolation);
    expect(conflict?.code).toBe('conflict.unique');
    expect(conflict?.what).toBe('communities_slug_key');
    expect(asUniqueViolation(new Error('connection reset'))).toBeNull();
  });

  it('on PostgreSQL: a unit of work that hits a unique key rejects with the conflict, in both languages', async () => {
    const serverUrl = process.env['DATABASE_URL'];
    if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
    const scratch = await createScratchDatabase(serverUrl);
    const handle = await openDatabase({ url: scratch.url });
    closers.push(async () => {
      await handle.close();
      await scratch.drop();
    });
    await runMigrations(handle);
    const { uow } = createDrizzleRepositories(handle.db);
    await handle.db.execute(insertClub('00000000-0000-4000-8000-000000000003', 'raced'));
    // The write inside the unit of work goes through another connection, as a concurrent request's would.
    const error = await failure(() =>
      uow.run(async () => handle.db.execute(insertClub('00000000-0000-4000-8000-000000000004', 'raced'))),
    );
    expect(isDomainError(error) && error.code).toBe('conflict.unique');
    expect(errorText(error, 'en')).toBe('Someone else changed this at the same moment. Please try again.');
    expect(errorText(error, 'zh-CN')).toBe('有人在同一时间修改了这项内容，请重试。');
  });
});
