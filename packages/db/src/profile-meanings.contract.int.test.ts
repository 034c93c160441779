import { createCore, emptyProfile } from '@snowball/core';
import { createTestPorts, describeProfileMeaningsContract } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// Stored sentence meanings of profiles, as the in-memory twin keeps them, on real PostgreSQL and on PGlite.
describeProfileMeaningsContract('drizzle on PostgreSQL', onPostgres);
describeProfileMeaningsContract('drizzle on PGlite', onPglite);

describe('a stored meaning in the member’s data export', () => {
  it('is exported as hex text, on PostgreSQL and on PGlite', async () => {
    for (const open of [onPostgres, onPglite]) {
      const subject = await open();
      try {
        const ports = createTestPorts(subject.repos);
        const core = createCore(ports);
        const { community, ownerId } = await core.createCommunity({
          slug: 'meanings',
          name: 'Club',
          owner: { displayName: 'O' },
        });
        await subject.repos.profiles.upsert({
          ...emptyProfile(community.id, ownerId, ports.clock.now()),
          needs: 'n',
          offers: 'o',
        });
        const meaning = new Int8Array(512).fill(-1);
        meaning[0] = 1;
        await subject.repos.profiles.saveMeanings(community.id, 'v1', [
          { memberId: ownerId, needs: 'n', offers: 'o', meaning },
        ]);
        const data = await subject.repos.privacy.collectMemberData(community.id, ownerId);
        const [profile] = data.profiles ?? [];
        expect(profile?.meaning).toBe(`\\x01${'ff'.repeat(511)}`);
        expect(profile?.meaning_version).toBe('v1');
      } finally {
        await subject.close?.();
      }
    }
  });
});
