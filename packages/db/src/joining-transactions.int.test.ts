import { createCore, randomIds, systemActor, systemClock } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzleRepositories, joiningTransactions } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { DrizzleSlackInstallationStore } from './repositories/slack-installation.store.js';

// The Slack OAuth install saves its installation inside core's attachWorkspace transaction. On PGlite (one
// connection) a store outside that transaction would wait for it forever; joined, both commit or neither.
describe('a store joining the unit of work (Slack installations in attachWorkspace)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ memory: true });
    await runMigrations(handle);
  });
  afterAll(() => handle.close());

  async function club() {
    const ports = { ...createTestPorts(createDrizzleRepositories(handle.db)), ids: randomIds, clock: systemClock };
    const core = createCore(ports);
    const slug = `join-${randomIds.code().toLowerCase()}`;
    const { community } = await core.createCommunity({ slug, name: 'Join', owner: { displayName: 'Owner' } });
    const store = new DrizzleSlackInstallationStore(joiningTransactions(handle.db));
    const installation = (teamId: string) => ({
      teamId,
      teamName: 'Team',
      enterpriseId: null,
      communityId: community.id,
      appId: null,
      botUserId: 'U0BOT',
      botId: null,
      botTokenCiphertext: 'v1.x.y.z',
      scopes: ['commands'],
      installedBy: null,
      installedAt: new Date(),
    });
    const attach = (teamId: string, alongside: () => Promise<void>) =>
      core.attachWorkspace({
        actor: systemActor(community.id, 'slack-install'),
        communityId: community.id,
        platform: 'slack',
        workspaceId: teamId,
        alongside,
      });
    return { ports, store, installation, attach, communityId: community.id };
  }

  it('commits the installation with the attachment', async () => {
    const { ports, store, installation, attach, communityId } = await club();
    await attach('T0JOINED', () => store.save(installation('T0JOINED')));
    expect((await store.find('T0JOINED'))?.communityId).toBe(communityId);
    expect((await ports.communities.findByWorkspace('slack', 'T0JOINED'))?.id).toBe(communityId);
  });

  it('rolls both back when the transaction fails after the save', async () => {
    const { ports, store, installation, attach } = await club();
    await expect(
      attach('T0ROLLED', async () => {
        await store.save(installation('T0ROLLED'));
        throw new Error('failed after saving');
      }),
    ).rejects.toThrow('failed after saving');
    expect(await store.find('T0ROLLED')).toBeNull();
    expect(await ports.communities.findByWorkspace('slack', 'T0ROLLED')).toBeNull();
  });
});
