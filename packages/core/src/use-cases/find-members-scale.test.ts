import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { DIRECTORY_INDEX_VERSION } from '../rules/directory-index.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';
import { MAX_DIRECTORY_CANDIDATES } from './find-members.js';

describe('findMembers in a large club', () => {
  it('scores at most MAX_DIRECTORY_CANDIDATES candidates, the newest first, and says how many there may be', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z');
    const core = createCore(ports);
    const extra = 40;
    const club = await createNetworkClub(
      ports,
      Array.from({ length: MAX_DIRECTORY_CANDIDATES + extra }, (_, i) => ({
        name: `Shipper ${i}`,
        profile: { industry: 'logistics', offers: i % 2 === 0 ? 'freight forwarding' : '国际货代' },
      })),
    );
    const actor = club.members[0]!.actor;
    const page = await core.findMembers({ actor, communityId: club.community.id, words: '货代', limit: 100 });
    expect(page.items).toHaveLength(100);
    // Every candidate matched, so the total is exact here: scored hits plus the unscored candidates.
    expect(page.total).toBe(MAX_DIRECTORY_CANDIDATES + extra);
    const scores = page.items.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const beyond = await core.findMembers({
      actor,
      communityId: club.community.id,
      words: '货代',
      limit: 100,
      offset: MAX_DIRECTORY_CANDIDATES,
    });
    expect(beyond.items).toHaveLength(0);
  });
});

describe('reindexDirectory', () => {
  it('re-indexes profiles whose index is older, in batches, and then finds them', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z');
    const core = createCore(ports);
    const club = await createNetworkClub(
      ports,
      Array.from({ length: 7 }, (_, i) => ({ name: `Broker ${i}`, profile: { offers: 'customs clearance' } })),
    );
    for (const m of club.members) {
      await ports.profiles.saveIndex(club.community.id, m.id, { keys: [], text: '', version: 0 });
    }
    const actor = club.members[0]!.actor;
    const search = () => core.findMembers({ actor, communityId: club.community.id, words: '清关' });
    expect((await search()).total).toBe(0);
    expect(await core.reindexDirectory({ batchSize: 3 })).toEqual({ reindexed: 7 });
    expect(await ports.profiles.listStaleIndex(DIRECTORY_INDEX_VERSION, 100)).toEqual([]);
    expect((await search()).total).toBe(7);
    expect(await core.reindexDirectory({})).toEqual({ reindexed: 0 });
  });
});
