import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { gloveVectors } from '../bridge/word-vectors.js';
import type { MatchProfile } from './match-profile.js';
import { suggestMatches } from './suggest-matches.js';

const member = (id: string, needs: string, offers: string): MatchProfile => ({ id, language: 'en', needs, offers });

const rankOf = (profiles: MatchProfile[], id: string, partner: string, options = {}) => {
  const list = suggestMatches(profiles, { top: 10, ...options }).find((m) => m.id === id)?.suggestions ?? [];
  return list.findIndex((s) => s.id === partner);
};

// Both resources are read once per process: read them here, outside any one test.
beforeAll(() => {
  cedictBridge();
  gloveVectors();
}, 60_000);

describe('words that mean nearly the same (word vectors)', () => {
  // A pair whose need and offer share no word and no concept on either side: pastries ↔ bakery, and
  // mattresses ↔ bedding. Others share a word with one side only.
  const profiles = [
    member('me', 'fresh pastries delivered to our cafés every morning', 'mattresses for boutique hotels'),
    member('partner', 'bedding for the guest rooms of our new inn', 'artisan bakery, croissants and cakes'),
    member('word-only', 'accountant for our tax return', 'fresh flowers delivered every morning'),
    member('noise-1', 'a lawyer for our lease', 'bookkeeping for small shops'),
    member('noise-2', 'warehouse space near the port', 'video editing for ads'),
    member('noise-3', 'a translator for Japanese', 'office cleaning at night'),
  ];

  it('finds a partner who says the same in other words, both ways, first', () => {
    expect(rankOf(profiles, 'me', 'partner')).toBe(0);
    expect(rankOf(profiles, 'partner', 'me')).toBe(0);
  });

  it("says why in each member's own words", () => {
    const mine = suggestMatches(profiles, { top: 3 }).find((m) => m.id === 'me')?.suggestions[0];
    expect(mine?.id).toBe('partner');
    // Phrases are quoted as the reason shows them: split at commas, long ones shortened.
    expect(mine?.reason.theyOffer[0]?.need).toMatch(/^fresh pastries delivered/);
    expect(mine?.reason.theyOffer[0]?.offer).toMatch(/bakery|croissants/);
    expect(mine?.reason.youOffer[0]?.need).toMatch(/^bedding for the guest rooms/);
    expect(mine?.reason.youOffer[0]?.offer).toBe('mattresses for boutique hotels');
  });

  it('does not find them without the vectors (so the test measures the vectors)', () => {
    expect(rankOf(profiles, 'me', 'partner', { vectors: null })).toBe(-1);
  });
});
