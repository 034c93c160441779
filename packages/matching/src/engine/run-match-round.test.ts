import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { generateClub } from '../testing/generate-club.js';
import { type MatchProfile, pairKey } from './match-profile.js';
import { runMatchRound } from './run-match-round.js';

const logistics: MatchProfile = {
  id: 'ecom',
  language: 'zh-CN',
  industry: '跨境电商',
  region: '深圳',
  offers: '亚马逊运营团队',
  needs: '急需跨境物流',
};
const forwarder: MatchProfile = {
  id: 'forwarder',
  language: 'en',
  industry: 'logistics',
  region: 'Shenzhen',
  offers: 'Southeast Asia freight forwarding',
  needs: 'Amazon sellers as clients',
};
const warehouse: MatchProfile = {
  id: 'warehouse',
  language: 'zh-CN',
  industry: '物流',
  region: '广州',
  offers: '美国海外仓一件代发',
  needs: '亚马逊卖家资源',
};

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

// Generated clubs of 500-600 members, run several times: allow for a busy machine.
describe('runMatchRound', { timeout: 30_000 }, () => {
  it('pairs members whose offers meet each other’s needs, with a reason from the first member’s view', () => {
    const { pairs } = runMatchRound([logistics, forwarder, warehouse], { maxIntrosPerMember: 1 });
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair?.a).toBe('ecom');
    expect(['forwarder', 'warehouse']).toContain(pair?.b);
    expect(pair?.reason.theyOffer[0]?.needConcept).toBe('cross-border-logistics');
    expect(pair?.reason.youOffer.length).toBeGreaterThan(0);
  });

  it('never pairs excluded pairs or members on a do-not-pair list, in either direction', () => {
    const all = runMatchRound([logistics, forwarder, warehouse], { maxIntrosPerMember: 2 }).pairs;
    expect(all.some((p) => p.b === 'forwarder')).toBe(true);
    const excluded = runMatchRound([logistics, forwarder, warehouse], {
      maxIntrosPerMember: 2,
      excludedPairs: [pairKey('forwarder', 'ecom')],
    }).pairs;
    expect(excluded.some((p) => p.a === 'ecom' && p.b === 'forwarder')).toBe(false);
    const refused = runMatchRound([logistics, { ...forwarder, doNotPair: ['ecom'] }, warehouse], {
      maxIntrosPerMember: 2,
    }).pairs;
    expect(refused.some((p) => p.a === 'ecom' && p.b === 'forwarder')).toBe(false);
    expect(refused.some((p) => p.a === 'ecom' && p.b === 'warehouse')).toBe(true);
  });

  it('skips snoozed, excluded and opted-out members entirely', () => {
    for (const flag of ['snoozed', 'excluded', 'optedOut'] as const) {
      const { pairs, stats } = runMatchRound([{ ...logistics, [flag]: true }, forwarder, warehouse], {
        maxIntrosPerMember: 3,
      });
      expect(stats.activeMembers).toBe(2);
      expect(
        pairs.some((p) => p.a === 'ecom' || p.b === 'ecom'),
        flag,
      ).toBe(false);
    }
  });

  it('respects the cap per member, counting both sides of every pair', () => {
    const profiles = generateClub({ members: 600, seed: 5 });
    for (const cap of [1, 3]) {
      const { pairs } = runMatchRound(profiles, { maxIntrosPerMember: cap });
      const counts = new Map<string, number>();
      for (const p of pairs) {
        counts.set(p.a, (counts.get(p.a) ?? 0) + 1);
        counts.set(p.b, (counts.get(p.b) ?? 0) + 1);
      }
      expect(Math.max(...counts.values())).toBe(cap);
      expect(new Set(pairs.map((p) => pairKey(p.a, p.b))).size).toBe(pairs.length);
    }
    expect(runMatchRound(profiles, { maxIntrosPerMember: 0 }).pairs).toEqual([]);
  });

  it('honours exclusions and skips in a large generated club', () => {
    const profiles = generateClub({ members: 600, seed: 9 });
    const first = runMatchRound(profiles, { maxIntrosPerMember: 3 }).pairs;
    const excludedPairs = new Set(first.slice(0, 100).map((p) => pairKey(p.a, p.b)));
    const second = runMatchRound(profiles, { maxIntrosPerMember: 3, excludedPairs }).pairs;
    const skipped = new Set(profiles.filter((p) => p.snoozed || p.excluded || p.optedOut).map((p) => p.id));
    expect(skipped.size).toBeGreaterThan(0);
    for (const p of second) {
      expect(excludedPairs.has(pairKey(p.a, p.b))).toBe(false);
      expect(skipped.has(p.a) || skipped.has(p.b)).toBe(false);
    }
    const refusals = profiles.flatMap((p) => (p.doNotPair ?? []).map((other) => pairKey(p.id, other)));
    expect(refusals.length).toBeGreaterThan(0);
    for (const p of [...first, ...second]) expect(refusals.includes(pairKey(p.a, p.b))).toBe(false);
  });

  it('is deterministic: the same profiles give the same round, in any input order', () => {
    const profiles = generateClub({ members: 500, seed: 3 });
    const once = runMatchRound(profiles, { maxIntrosPerMember: 3 }).pairs;
    const again = runMatchRound(profiles, { maxIntrosPerMember: 3 }).pairs;
    const reversed = runMatchRound([...profiles].reverse(), { maxIntrosPerMember: 3 }).pairs;
    expect(again).toEqual(once);
    expect(reversed).toEqual(once);
  });
});
