import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { compileClub } from './compile-club.js';
import { DEFAULT_TUNING, type MatchProfile } from './match-profile.js';
import { buildPostingIndex } from './posting-index.js';
import { Ranker } from './ranker.js';

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('Ranker cost bound', { timeout: 30_000 }, () => {
  it('reads a capped number of candidates per member however long the posting lists are', () => {
    const touchedPerMember = (members: number) => {
      // Everyone offers and needs the same things: the worst case for an inverted index.
      const profiles: MatchProfile[] = Array.from({ length: members }, (_, i) => ({
        id: `m${i}`,
        needs: ['cross-border logistics', 'need an accountant'],
        offers: ['freight forwarding', 'bookkeeping'],
      }));
      const club = compileClub(profiles);
      const ranker = new Ranker(club, buildPostingIndex(club));
      for (let a = 0; a < club.n; a++) ranker.rank(a, 5);
      return ranker.postingsRead / members;
    };
    const small = touchedPerMember(300);
    const large = touchedPerMember(1200);
    expect(large).toBeLessThanOrEqual(small * 1.01);
    expect(large).toBeLessThan(DEFAULT_TUNING.postingCap * DEFAULT_TUNING.expansionLimit * 8);
  });
});
