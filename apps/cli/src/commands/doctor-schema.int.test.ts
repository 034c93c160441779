import { createScratchDatabase, type ScratchDatabase } from '@snowball/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSystem } from '../compose/open-system.js';
import { loadConfig } from '../config.js';
import { doctorCommand } from './doctor.cli.js';

/** `snowball doctor` on a database a release behind: it names the upgrade instead of failing on a query. */
describe('snowball doctor against a database on an older schema', () => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'doctor_schema' });
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  async function doctor(locale: 'en' | 'zh-CN') {
    const lines: string[] = [];
    const ok = await doctorCommand(loadConfig({ DATABASE_URL: scratch.url }), (l) => lines.push(l), {
      community: 'tea',
      locale,
    });
    return { ok, lines };
  }

  it('says the database needs an upgrade and how, in both languages; once migrated the line is gone', async () => {
    // Migrate fully, then take the newest migration's record away: what drizzle (and `snowball migrate`) sees on
    // a database one release behind.
    const system = await openSystem(loadConfig({ DATABASE_URL: scratch.url }), { migrate: true });
    await system.core.setUpCommunity({ slug: 'tea', name: 'Tea', ownerEmail: 'o@example.com' });
    const [newest] = (await system.db.execute(
      'delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at',
    )) as unknown as { hash: string; created_at: string }[];
    expect(newest).toBeDefined();

    const en = await doctor('en');
    expect(en.ok).toBe(false);
    expect(en.lines).toContainEqual(
      expect.stringMatching(
        /^✗ schema: the database needs an upgrade \(1 of \d+ migrations not applied yet\): restart the server \(it migrates on start\) or run `snowball migrate`$/,
      ),
    );
    expect(en.lines.join('\n')).not.toMatch(/Failed query/);
    const zh = await doctor('zh-CN');
    expect(zh.lines).toContainEqual(
      expect.stringMatching(/^✗ 数据表：数据库需要升级（\d+ 个迁移中有 1 个尚未应用）.*`snowball migrate`$/),
    );

    // Once the migration is recorded again (as the migrator does after applying it), the line is gone.
    await system.db.execute(
      `insert into drizzle.__drizzle_migrations (hash, created_at) values ('${newest?.hash}', ${Number(newest?.created_at)})`,
    );
    await system.close();
    const after = await doctor('en');
    expect(after.lines.join('\n')).not.toMatch(/needs an upgrade/);
    expect(after.lines).toContain('✓ clubs: tea');
  });
});
