/**
 * Guarantee: upgrading from the previous release keeps a club's data and the app works on it. A database is
 * brought to the previous release's schema (its migrations, `test/fixtures/previous-release/release.json`),
 * filled with that release's demo club (`data.sql`, a dump of what that release's own code wrote), then the
 * current migrations run as `snowball start` runs them. Every value the previous release stored is still
 * there, unchanged; derived tables added since are filled from it; and the club's everyday work runs on it.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, type Core, createCore, FORMER_MEMBER_NAME } from '../../packages/core/src/index.js';
import { createTestPorts, type TestPorts } from '../../packages/core/src/testing/index.js';
import {
  createDrizzleRepositories,
  MIGRATIONS_FOLDER,
  openDatabase,
  type PostgresHandle,
  runMigrations,
} from '../../packages/db/src/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../../packages/db/src/testing/index.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/previous-release/', import.meta.url));

interface Release {
  readonly release: string;
  readonly migrations: readonly { readonly tag: string; readonly sha256: string }[];
}
interface Journal {
  readonly entries: readonly { readonly tag: string; readonly when: number }[];
}

/** drizzle's own PostgreSQL migrator, resolved the way `@snowball/db` resolves it. */
async function drizzleMigrator() {
  const require = createRequire(fileURLToPath(new URL('../../packages/db/package.json', import.meta.url)));
  const path = require.resolve('drizzle-orm/postgres-js/migrator');
  return (await import(pathToFileURL(path).href)) as {
    migrate(db: unknown, config: { migrationsFolder: string }): Promise<void>;
  };
}

let scratch: ScratchDatabase;
let handle: PostgresHandle;
let release: Release;
let journal: Journal;
/** Per table of the previous release: its row count and a hash over the columns it had then. */
let before: Map<string, { columns: string[]; rows: number; hash: string }>;

const sql = () => handle.client;

async function tableState(table: string, columns: readonly string[]) {
  const list = columns.map((c) => `t."${c}"`).join(', ');
  const [row] = await sql().unsafe<{ n: number; h: string | null }[]>(
    `select count(*)::int as n, md5(string_agg(row(${list})::text, '|' order by row(${list})::text)) as h
     from public."${table}" t`,
  );
  return { rows: row?.n ?? 0, hash: row?.h ?? '' };
}

beforeAll(async () => {
  release = JSON.parse(await readFile(join(FIXTURE, 'release.json'), 'utf8')) as Release;
  journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
  scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'snowball_upgrade' });
  handle = (await openDatabase({ url: scratch.url })) as PostgresHandle;

  // The previous release's schema: its migrations, exactly as it shipped them, by drizzle's migrator.
  const folder = await mkdtemp(join(tmpdir(), 'snowball-previous-release-'));
  try {
    const entries = journal.entries.slice(0, release.migrations.length);
    await mkdir(join(folder, 'meta'));
    await writeFile(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const { tag } of entries) {
      await writeFile(join(folder, `${tag}.sql`), await readFile(join(MIGRATIONS_FOLDER, `${tag}.sql`)));
    }
    const { migrate } = await drizzleMigrator();
    await migrate(handle.db, { migrationsFolder: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  // Its data: the demo club as that release's code wrote it.
  // (On a connection of its own: the dump empties its session's search_path.)
  const loader = (await openDatabase({ url: scratch.url })) as PostgresHandle;
  try {
    await loader.client.unsafe(await readFile(join(FIXTURE, 'data.sql'), 'utf8'));
  } finally {
    await loader.close();
  }

  before = new Map();
  const columns = await sql().unsafe<{ table_name: string; column_name: string }[]>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
  for (const [table, cols] of byTable) before.set(table, { columns: cols, ...(await tableState(table, cols)) });

  // The upgrade, as every `snowball start` runs it.
  await runMigrations(handle);
}, 180_000);

afterAll(async () => {
  await handle?.close();
  await scratch?.drop();
});

describe(`upgrade from the previous release with its data`, () => {
  it('ships the previous release’s migrations unchanged, and applies every newer one', async () => {
    const current = journal.entries.slice(0, release.migrations.length).map((e) => e.tag);
    expect(current).toEqual(release.migrations.map((m) => m.tag));
    // A released migration edited afterwards would never run on databases that already applied it.
    for (const { tag, sha256 } of release.migrations) {
      const text = await readFile(join(MIGRATIONS_FOLDER, `${tag}.sql`));
      expect(createHash('sha256').update(text).digest('hex'), `${tag}.sql was edited after its release`).toBe(sha256);
    }
    const [applied] = await sql().unsafe<{ n: number }[]>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(applied?.n).toBe(journal.entries.length);
  });

  it('keeps every value the previous release stored', async () => {
    expect(before.get('members')?.rows).toBeGreaterThan(20);
    expect(before.get('payments')?.rows).toBeGreaterThan(10);
    const changed: string[] = [];
    for (const [table, then] of before) {
      const exists = await sql().unsafe<{ n: number }[]>(
        `select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = $1`,
        [table],
      );
      if (exists[0]?.n !== 1) {
        changed.push(`${table} is gone`);
        continue;
      }
      const now = await tableState(table, then.columns);
      if (now.rows !== then.rows || now.hash !== then.hash) {
        changed.push(
          `${table}: ${then.rows} rows before, ${now.rows} after${now.rows === then.rows ? ', values differ' : ''}`,
        );
      }
    }
    expect(changed).toEqual([]);
  });

  it('fills tables added since from the data that was there (member activity from contributions)', async () => {
    const [contributors] = await sql().unsafe<{ n: number }[]>(
      'select count(distinct member_id)::int as n from contributions',
    );
    expect(contributors?.n).toBeGreaterThan(0);
    const [wrong] = await sql().unsafe<{ n: number }[]>(
      `select count(*)::int as n from (select member_id, sum(points)::int as points from contributions group by member_id) c
       left join member_activity a using (member_id) where a.points is distinct from c.points`,
    );
    expect(wrong?.n).toBe(0);
  });

  describe('the club works on the upgraded data', () => {
    let ports: TestPorts;
    let core: Core;
    let communityId: string;
    let owner: Actor;

    beforeAll(async () => {
      ports = createTestPorts(createDrizzleRepositories(handle.db));
      core = createCore(ports);
      const [club] = await sql().unsafe<{ id: string; owner: string; last: Date }[]>(
        `select c.id, s.member_id as owner, (select max(e.at) from audit_entries e) as last
         from communities c join staff_roles s on s.community_id = c.id and s.role = 'owner' limit 1`,
      );
      if (!club) throw new Error('the fixture has no club with an owner');
      communityId = club.id;
      owner = { kind: 'member', communityId, memberId: club.owner, roles: ['owner'] };
      // The clock goes on from the moment the previous release last wrote.
      ports.clock.set(new Date(new Date(club.last).getTime() + 60_000).toISOString());
    });

    it('shows the dashboard, the members and a member’s payments', async () => {
      const dashboard = await core.getDashboard({ actor: owner, communityId });
      expect(dashboard.members.active).toBeGreaterThan(0);
      const members = await core.listMembers({ actor: owner, communityId, limit: 200 });
      expect(members.total).toBe(before.get('members')?.rows ?? -1);
      const [paid] = await sql().unsafe<{ member_id: string }[]>(
        'select member_id from payments where community_id = $1 limit 1',
        [communityId],
      );
      const detail = await core.getMemberDetail({ actor: owner, communityId, memberId: paid?.member_id as string });
      expect(detail.payments?.length ?? 0).toBeGreaterThan(0);
    });

    it('takes new work: a question, a payment, an approval, a directory search', async () => {
      const [member] = await sql().unsafe<{ id: string }[]>(
        `select m.id from members m join membership_periods p on p.member_id = m.id
         where m.community_id = $1 and m.deleted_at is null and p.ends_at > now() + interval '30 days' limit 1`,
        [communityId],
      );
      const memberActor: Actor = { kind: 'member', communityId, memberId: member?.id as string, roles: [] };
      const question = await core.askQuestion({ actor: memberActor, body: 'How do I ship lithium batteries?' });
      expect(question.communityId).toBe(communityId);
      const [pending] = await sql().unsafe<{ id: string }[]>(
        `select id from applications where community_id = $1 and status = 'pending' limit 1`,
        [communityId],
      );
      if (pending) {
        const approved = await core.approveApplication({ actor: owner, communityId, applicationId: pending.id });
        expect(approved.status).toBe('approved');
      }
      const payment = await core.recordPayment({
        actor: owner,
        communityId,
        memberId: member?.id as string,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'bank_transfer',
        reference: 'UPGRADE-1',
      });
      expect(payment.payment.amountMinor).toBe(100_000);
      const found = await core.findMembers({ actor: owner, communityId });
      expect(found.items.length).toBeGreaterThan(0);
    });

    it('carries out the erasure the previous release accepted', async () => {
      const [request] = await sql().unsafe<{ member_id: string; due_at: Date }[]>(
        `select member_id, due_at from privacy_erasures where community_id = $1 and status = 'pending'`,
        [communityId],
      );
      expect(request).toBeDefined();
      ports.clock.set(new Date(new Date(request?.due_at as Date).getTime() + 60_000).toISOString());
      expect(await core.eraseDueMembers({})).toEqual({ erased: 1 });
      const erased = await ports.members.get(communityId, request?.member_id as string);
      expect(erased?.displayName).toBe(FORMER_MEMBER_NAME);
    });
  });
});
