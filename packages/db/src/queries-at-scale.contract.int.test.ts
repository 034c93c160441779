import { createCore } from '@snowball/core';
import {
  createNetworkClub,
  createTestPorts,
  describeClubFiguresContract,
  describeDirectorySearchContract,
  describeVitalityContract,
} from '@snowball/core/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// The directory search and club figures contracts the in-memory repositories pass, on PostgreSQL and PGlite.
describeDirectorySearchContract('drizzle on PostgreSQL', onPostgres);
describeDirectorySearchContract('drizzle on PGlite', onPglite);
describeClubFiguresContract('drizzle on PostgreSQL', onPostgres);
describeClubFiguresContract('drizzle on PGlite', onPglite);
describeVitalityContract('drizzle on PostgreSQL', onPostgres);
describeVitalityContract('drizzle on PGlite', onPglite);

describe('runMigrations and the directory index', () => {
  it('re-indexes profiles left without an index (as after the migration that added it)', async () => {
    const handle = await openDatabase({ memory: true });
    try {
      await runMigrations(handle);
      const repos = createDrizzleRepositories(handle.db);
      const ports = createTestPorts(repos);
      ports.clock.set('2026-03-02T02:00:00Z');
      const club = await createNetworkClub(ports, [
        { name: 'Sam Tan', profile: { industry: 'logistics', offers: 'freight forwarding' } },
        { name: '李雷', profile: { offers: '亚马逊运营' } },
      ]);
      await handle.db.execute(sql`update profiles set search_keys = '{}', search_text = '', search_version = 0`);
      const core = createCore(ports);
      const actor = club.members[1]!.actor;
      const find = async () =>
        (await core.findMembers({ actor, communityId: club.community.id, words: '货代' })).items.map(
          (h) => h.displayName,
        );
      expect(await find()).toEqual([]);
      await runMigrations(handle);
      expect(await find()).toEqual(['Sam Tan']);
    } finally {
      await handle.close();
    }
  });
});
