/**
 * Guarantee: a member's data export covers every table that references them (derived from the drizzle schema,
 * so a table added later is covered or flagged), its link works once; after an erasure no text column of any
 * table holds the person's name, handle, e-mail or platform ids, other members' records remain and show
 * "a former member", and matching never brings the person back.
 */

import { FORMER_MEMBER_NAME, isDomainError } from '@snowball/core';
import { type ClubFixture, createClubFixture, createTestPorts, type TestPorts } from '@snowball/core/testing';
import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { memberReferences, schemaTables } from './repositories/member-data-map.js';
import { rowsOf } from './repositories/sql-helpers.js';
import { createScratchDatabase, type ScratchDatabase } from './testing/scratch-database.js';

let scratch: ScratchDatabase;
let handle: DatabaseHandle;
let ports: TestPorts;
let club: ClubFixture;
let zed: Awaited<ReturnType<ClubFixture['addMember']>>;
let bob: Awaited<ReturnType<ClubFixture['addMember']>>;
let needles: string[] = [];

const NAME = 'Zephyrine Quixote';

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'snowball_privacy' });
  handle = await openDatabase({ url: scratch.url });
  await runMigrations(handle);
  ports = createTestPorts(createDrizzleRepositories(handle.db));
  club = await createClubFixture({ ports, settings: { privacyCoolingOffHours: 0 } });
  zed = await club.addMember({ name: NAME, platforms: ['discord', 'slack'] });
  bob = await club.addMember({ name: 'Bob Other' });
  await club.core.updateProfile({
    actor: zed,
    communityId: club.communityId,
    patch: { company: 'Quixote Freight', industry: 'logistics', offers: 'Zephyrine ships tea', needs: 'trucks' },
  });
  await club.core.updateProfile({
    actor: bob,
    communityId: club.communityId,
    patch: { company: 'Other Trucks', industry: 'logistics', offers: 'trucks', needs: 'tea' },
  });
  await club.core.askQuestion({ actor: zed, body: 'Zephyrine asks: how do I clear customs in Ningbo?' });
  await club.core.proposeIntro({
    actor: zed,
    communityId: club.communityId,
    counterpart: { memberId: bob.memberId },
    reason: 'Quixote Freight needs trucks',
  });
  const accounts = await ports.accounts.listForMember(club.communityId, zed.memberId);
  await handle.db.execute(
    sql`insert into dm_channels (platform, platform_user_id, channel_id) values ('discord', ${accounts[0]?.platformUserId}, 'D0ZED')`,
  );
  const member = await ports.members.get(club.communityId, zed.memberId);
  needles = [NAME, member?.handle ?? '', member?.email ?? '', ...accounts.map((a) => a.platformUserId)].filter(Boolean);
  expect(needles.length).toBeGreaterThanOrEqual(4);
});

afterAll(async () => {
  await handle?.close();
  await scratch?.drop();
});

/** Rows of `table` that reference the member in any of the schema's member columns. */
async function referencingRows(table: string, columns: readonly string[]): Promise<number> {
  const matches = columns.map((c) => sql`${sql.identifier(c)} = ${zed.memberId}`);
  const [row] = rowsOf<{ n: number }>(
    await handle.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.join(matches, sql` or `)}`,
    ),
  );
  return row?.n ?? 0;
}

describe('data export', () => {
  it('covers every table that references the member (derived from the schema), through a single-use link', async () => {
    const { token } = await club.core.requestDataExport({
      actor: zed,
      communityId: club.communityId,
      memberId: zed.memberId,
    });
    const exported = await club.core.downloadDataExport({ token });
    expect(exported.memberId).toBe(zed.memberId);
    const missing: string[] = [];
    for (const ref of memberReferences()) {
      const stored = await referencingRows(
        ref.table,
        ref.columns.map((c) => c.name),
      );
      if ((exported.tables[ref.table]?.length ?? 0) < stored) missing.push(`${ref.table} (${stored} stored)`);
    }
    expect(missing).toEqual([]);
    // The seeded data reaches the tables a member would look for first.
    for (const table of ['members', 'platform_accounts', 'profiles', 'questions', 'introductions', 'payments']) {
      expect(exported.tables[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
    expect(exported.tables.applications?.length ?? 0).toBeGreaterThan(0);
    expect(exported.tables.dm_channels?.length ?? 0).toBe(1);
    expect(JSON.stringify(exported)).toContain(NAME);
    // No secret hashes leave the database, even the member's own.
    expect(JSON.stringify(exported)).not.toMatch(/"token_hash":"[0-9a-f]{16,}/);

    const again = await failure(() => club.core.downloadDataExport({ token }));
    expect(isDomainError(again) && again.code).toBe('privacy.export_link_invalid');
  });

  it('refuses an expired link and a stranger’s export request', async () => {
    const { token } = await club.core.requestDataExport({
      actor: zed,
      communityId: club.communityId,
      memberId: zed.memberId,
    });
    ports.clock.advance(25 * 3_600_000);
    const expired = await failure(() => club.core.downloadDataExport({ token }));
    expect(isDomainError(expired) && expired.code).toBe('privacy.export_link_invalid');
    const stranger = await failure(() =>
      club.core.requestDataExport({ actor: bob, communityId: club.communityId, memberId: zed.memberId }),
    );
    expect(isDomainError(stranger)).toBe(true);
  });
});

describe('erasure', () => {
  it('leaves no name, handle, e-mail or platform id in any text column of any table', async () => {
    const sentBefore = ports.messenger.sent.length;
    const request = await club.core.requestErasure({
      actor: zed,
      communityId: club.communityId,
      memberId: zed.memberId,
    });
    expect(request.status).toBe('done');
    // The member is told, on the accounts they had linked, before those are gone.
    expect(ports.messenger.sent.length - sentBefore).toBe(2);

    const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, '\\$&')}%`);
    const literal = `{${patterns.map((p) => `"${p.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
    const hits: string[] = [];
    for (const table of schemaTables()) {
      const config = getTableConfig(table);
      for (const column of config.columns) {
        if (!['string', 'json', 'array'].includes(column.dataType)) continue;
        const [row] = rowsOf<{ n: number }>(
          await handle.db.execute(
            sql`select count(*)::int as n from ${sql.identifier(config.name)}
              where ${sql.identifier(column.name)}::text ilike any(${literal}::text[])`,
          ),
        );
        if ((row?.n ?? 0) > 0) hits.push(`${config.name}.${column.name}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('keeps other members’ records, showing a former member, and matching never brings the person back', async () => {
    const intros = await ports.introductions.listForMember(club.communityId, bob.memberId);
    expect(intros.length).toBeGreaterThan(0);
    const gone = await ports.members.get(club.communityId, zed.memberId);
    expect(gone?.displayName).toBe(FORMER_MEMBER_NAME);
    expect(gone?.deletedAt).not.toBeNull();
    expect(await ports.profiles.get(club.communityId, zed.memberId)).toBeNull();
    expect(await ports.accounts.listForMember(club.communityId, zed.memberId)).toEqual([]);
    const round = await club.core.runMatchingRound({ actor: club.owner, communityId: club.communityId });
    for (const intro of round.introductions) {
      expect([intro.memberA, intro.memberB]).not.toContain(zed.memberId);
    }
  });

  it('is audited by id only, and a second run changes nothing', async () => {
    const entries = rowsOf<{ action: string; target_id: string }>(
      await handle.db.execute(
        sql`select action, target_id from audit_entries where action like 'privacy.%' order by at, action`,
      ),
    );
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'privacy.export.request',
        'privacy.export.download',
        'privacy.erase.request',
        'privacy.erase.done',
      ]),
    );
    const [done] = rowsOf<{ id: string }>(await handle.db.execute(sql`select id from privacy_erasures limit 1`));
    const outcome = await club.core.carryOutErasure({ communityId: club.communityId, requestId: String(done?.id) });
    expect(outcome).toBe('already_done');
  });
});
