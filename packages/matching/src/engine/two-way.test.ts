import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import type { MatchProfile } from './match-profile.js';
import { suggestMatches } from './suggest-matches.js';

const member = (id: string, language: string, needs: string, offers: string): MatchProfile => ({
  id,
  language,
  needs,
  offers,
});

const ranking = (profiles: MatchProfile[], id: string, options = {}) =>
  suggestMatches(profiles, options)
    .find((m) => m.id === id)
    ?.suggestions.map((s) => s.id) ?? [];

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('two-way fit and words beyond the concept list', () => {
  it('ranks a two-way fit above a one-way match that repeats my own words', () => {
    const profiles = [
      member('me', 'en', 'steady supply of green coffee beans for our roastery', 'barista training for new cafés'),
      // Offers what I need in my very words, but needs nothing I offer.
      member(
        'echo',
        'en',
        'rooftop solar panels for our plant',
        'steady supply of green coffee beans for our roastery',
      ),
      // Offers it in other words (and in Chinese), and needs what I offer.
      member('partner', 'zh-CN', '新开的咖啡馆需要咖啡师培训', '埃塞俄比亚咖啡生豆进口，长期供货'),
      member('other', 'en', 'a lawyer for our lease', 'bookkeeping for small shops'),
    ];
    const mine = ranking(profiles, 'me');
    expect(mine).toContain('echo');
    expect(mine.indexOf('partner')).toBeGreaterThanOrEqual(0);
    expect(mine.indexOf('partner')).toBeLessThan(mine.indexOf('echo'));
  }, 60_000);

  it('meets Chinese and English words the concept list lacks through the dictionary bridge', () => {
    const profiles = [
      member('sushi', 'zh-CN', '日料店找稳定的三文鱼货源', '餐厅设计'),
      member('salmon', 'en', 'interior design for our office', 'Norwegian salmon, air freighted fresh'),
      member('other', 'en', 'a tax adviser', 'used forklifts'),
    ];
    expect(ranking(profiles, 'sushi')[0]).toBe('salmon');
    // Without the bridge the two share no concept and no word.
    expect(ranking(profiles, 'sushi', { bridge: null })).not.toContain('salmon');
  }, 60_000);
});
