import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import type { MatchProfile } from './match-profile.js';
import { suggestMatches } from './suggest-matches.js';

const member = (id: string, needs: string, offers: string, extra: Partial<MatchProfile> = {}): MatchProfile => ({
  id,
  needs,
  offers,
  ...extra,
});

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('suggestMatches', () => {
  it('finds counterparts across wordings and languages', () => {
    const result = suggestMatches([
      member('a', '急需跨境物流合作伙伴', '品牌设计'),
      member('b', 'need a logo', 'we run Southeast Asia freight forwarding'),
      member('c', '找律师', '小红书代运营'),
    ]);
    const a = result.find((m) => m.id === 'a');
    expect(a?.suggestions[0]?.id).toBe('b');
    expect(a?.suggestions[0]?.reason.theyOffer[0]).toMatchObject({
      need: '跨境物流',
      needConcept: 'cross-border-logistics',
      offerConcept: 'freight-forwarding',
    });
    expect(a?.suggestions.some((s) => s.id === 'c')).toBe(false);
  });

  it('prefers a counterpart where both sides gain over one where only I gain', () => {
    const result = suggestMatches([
      member('me', 'need a customs broker', 'we do bookkeeping and tax filing'),
      member('one-way', 'looking for a photographer', 'licensed customs brokerage'),
      member('mutual', '公司需要代理记账', '专业报关清关'),
    ]);
    const me = result.find((m) => m.id === 'me');
    expect(me?.suggestions.map((s) => s.id)).toEqual(['mutual', 'one-way']);
  });

  it('breaks ties with a shared region, complementary industries and recent activity', () => {
    const base = (id: string, extra: Partial<MatchProfile>) => member(id, '', 'freight forwarding', extra);
    const now = new Date('2026-03-01T00:00:00Z');
    const result = suggestMatches(
      [
        member('me', '跨境物流', '', { region: '深圳', industry: '跨境电商' }),
        base('far', { region: 'London', lastActiveAt: '2025-01-01' }),
        base('near', { region: 'Shenzhen', lastActiveAt: '2025-01-01' }),
        base('active', { region: 'London', lastActiveAt: '2026-02-28' }),
        base('complementary', { region: 'London', industry: 'logistics', lastActiveAt: '2025-01-01' }),
      ],
      { now },
    );
    const ids = result.find((m) => m.id === 'me')?.suggestions.map((s) => s.id);
    expect(ids?.at(-1)).toBe('far');
    expect(ids?.slice(0, 3).sort()).toEqual(['active', 'complementary', 'near']);
  });

  it('limits suggestions to `top` and gives skipped members none', () => {
    const profiles = Array.from({ length: 12 }, (_, i) => member(`m${i}`, 'need an accountant', 'bookkeeping'));
    const result = suggestMatches([...profiles, { ...profiles[0]!, id: 'away', snoozed: true }], { top: 3 });
    expect(result.find((m) => m.id === 'm0')?.suggestions).toHaveLength(3);
    expect(result.find((m) => m.id === 'away')?.suggestions).toEqual([]);
    expect(result.every((m) => m.suggestions.every((s) => s.id !== 'away'))).toBe(true);
  });
});
