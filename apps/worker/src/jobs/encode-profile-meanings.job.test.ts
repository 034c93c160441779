import { createCore, ENCODE_MEANINGS_JOB, type Ports } from '@snowball/core';
import { createNetworkClub, createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../job-context.js';
import { encodeProfileMeaningsJob } from './encode-profile-meanings.job.js';

/** A stand-in for the model (the real one runs in profile-meanings.int.test.ts): counts what it is given. */
function countingEncoder(): NonNullable<Ports['sentences']> & { given: number } {
  const encoder = {
    version: 'counting-v1',
    given: 0,
    async encode(items: readonly { needs: string; offers: string }[]) {
      encoder.given += items.length;
      return items.map(() => new Int8Array(512).fill(1));
    },
  };
  return encoder;
}

describe('profiles.encode-meanings', () => {
  it('queues a run per club on the hourly tick; a run that leaves profiles behind queues the next one', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z');
    const encoder = countingEncoder();
    const core = createCore({ ...ports, sentences: encoder });
    const specs = Array.from({ length: 6 }, (_, i) => ({
      name: `M${i}`,
      profile: { needs: `need ${i}`, offers: `offer ${i}` },
    }));
    const club = await createNetworkClub(ports, specs);
    const communityId = club.community.id;
    const ctx = { core, communities: ports.communities, logger: silentLogger };

    expect(await encodeProfileMeaningsJob.handler(ctx, {}, null)).toMatchObject({ clubs: 1 });
    const queued = [...ports.jobs.jobs.values()];
    expect(queued.map((j) => [j.name, j.data])).toEqual([
      [ENCODE_MEANINGS_JOB, { communityId, slot: '2026-03-02T02', step: 0 }],
    ]);

    // A run of the whole club leaves nothing and queues nothing more.
    const first = await encodeProfileMeaningsJob.handler(ctx, queued[0]?.data as never, null);
    expect(first).toMatchObject({ encoded: encoder.given, remaining: false });
    expect(encoder.given).toBeGreaterThanOrEqual(6);
    expect(ports.jobs.jobs.size).toBe(1);

    // With profiles left after a run, the run's next step is queued.
    const budgeted = createCore({ ...ports, sentences: { ...encoder, version: 'counting-v2' } });
    const result = await budgeted.encodeProfileMeanings({ communityId, maxProfiles: 2 });
    expect(result.remaining).toBe(true);
    const ctx2 = {
      core: { ...budgeted, encodeProfileMeanings: () => Promise.resolve(result) },
      communities: ports.communities,
      logger: silentLogger,
    };
    await encodeProfileMeaningsJob.handler(ctx2 as never, { communityId, slot: '2026-03-02T02', step: 0 }, null);
    expect([...ports.jobs.jobs.values()].map((j) => j.data)).toContainEqual({
      communityId,
      slot: '2026-03-02T02',
      step: 1,
    });
  });
});
