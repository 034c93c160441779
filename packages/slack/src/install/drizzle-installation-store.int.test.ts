// The Postgres/PGlite store lives in @snowball/db; its contract lives here, so the test does too
// (packages/db must not depend on the Slack package).
import { type DatabaseHandle, DrizzleSlackInstallationStore, openDatabase, runMigrations, schema } from '@snowball/db';
import { createScratchDatabase } from '@snowball/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInstallationStoreContract, type InstallationStoreSubject } from '../testing/index.js';

const { communities, slackInstallations } = schema;

const COMMUNITY_ID = '00000000-0000-4000-8000-00000000c0de';

/** A migrated database with one club for the installations' foreign key. */
async function withCommunity(handle: DatabaseHandle): Promise<void> {
  await runMigrations(handle);
  await handle.db.insert(communities).values({
    id: COMMUNITY_ID,
    slug: 'slack-club',
    name: 'Slack club',
    settings: {} as never,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
}

async function onPostgres(): Promise<InstallationStoreSubject & { handle: DatabaseHandle }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const scratch = await createScratchDatabase(serverUrl, { prefix: 'snowball_slack' });
  const handle = await openDatabase({ url: scratch.url });
  await withCommunity(handle);
  return {
    handle,
    store: new DrizzleSlackInstallationStore(handle.db),
    communityId: COMMUNITY_ID,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

async function onPglite(): Promise<InstallationStoreSubject & { handle: DatabaseHandle }> {
  const handle = await openDatabase({ memory: true });
  await withCommunity(handle);
  return {
    handle,
    store: new DrizzleSlackInstallationStore(handle.db),
    communityId: COMMUNITY_ID,
    close: () => handle.close(),
  };
}

describeInstallationStoreContract('drizzle on PostgreSQL', onPostgres);
describeInstallationStoreContract('drizzle on PGlite', onPglite);

describe.each([
  ['PostgreSQL', onPostgres],
  ['PGlite', onPglite],
])('DrizzleSlackInstallationStore on %s', (_name, open) => {
  let subject: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(async () => {
    await subject?.close?.();
  });

  it('stores the ciphertext exactly as given and lets one club have several teams', async () => {
    const base = {
      teamName: 'Club workspace',
      enterpriseId: 'E0GRID',
      communityId: COMMUNITY_ID,
      appId: 'A0APP',
      botUserId: 'U0BOT',
      botId: 'B0BOT',
      scopes: ['commands', 'chat:write'],
      installedBy: 'U0INSTALLER',
      installedAt: new Date('2026-03-01T12:00:00.000Z'),
    };
    const ciphertexts = { T0FIRST: 'v1.Zmlyc3Q.dGFn.Y2lwaGVy', T0SECOND: 'v1.c2Vjb25k.dGFn.b3RoZXI' };
    for (const [teamId, botTokenCiphertext] of Object.entries(ciphertexts)) {
      await subject.store.save({ ...base, teamId, botTokenCiphertext });
    }

    // Read the raw column, not through the store, so nothing could have re-encoded it on the way back.
    const rows = await subject.handle.db
      .select({ teamId: slackInstallations.teamId, ciphertext: slackInstallations.botTokenCiphertext })
      .from(slackInstallations)
      .where(eq(slackInstallations.communityId, COMMUNITY_ID));
    expect(new Map(rows.map((row) => [row.teamId, row.ciphertext]))).toEqual(new Map(Object.entries(ciphertexts)));
    expect((await subject.store.find('T0SECOND'))?.botTokenCiphertext).toBe(ciphertexts.T0SECOND);
  });
});
