import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { findTrios } from './find-trios.js';
import type { MatchProfile } from './match-profile.js';
import { pairKey } from './match-profile.js';

const member = (id: string, language: string, needs: string, offers: string): MatchProfile => ({
  id,
  language,
  needs,
  offers,
});

// A cross-border seller needs freight and payments; a forwarder and a payment provider each meet one of the two.
const club = (): MatchProfile[] => [
  member('seller', 'en', 'freight forwarding to Southeast Asia; cross-border payments collection', 'handmade ceramics'),
  member(
    'forwarder',
    'en',
    'cross-border payments collection for our own invoices',
    'freight forwarding to Southeast Asia',
  ),
  member('payments', 'zh-CN', '陶瓷礼品', '跨境收款，外贸收款'),
  member('lawyer', 'en', 'a bookkeeper', 'lease contracts review'),
  member('baker', 'en', 'a bakery oven', 'wedding cakes'),
];

beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('groups of three', () => {
  it('groups a member with the two who together meet their needs, each meeting one the other does not', () => {
    const trios = findTrios(club());
    expect(trios).toHaveLength(1);
    const [trio] = trios;
    expect(trio?.needer).toBe('seller');
    expect([trio?.b, trio?.c].sort()).toEqual(['forwarder', 'payments']);
    // The forwarder also needs what the payment provider offers: the three do business in a chain.
    expect(trio?.chained).toBe(true);
    const ab = trio?.b === 'forwarder' ? trio.reasons.ab : trio?.reasons.ac;
    expect(ab?.theyOffer.map((l) => l.offer)).toContain('freight forwarding to Southeast Asia');
  }, 60_000);

  it('never groups an excluded pair, an unavailable member, or two who meet the same need', () => {
    expect(findTrios(club(), { excludedPairs: [pairKey('forwarder', 'payments')] })).toEqual([]);
    expect(findTrios(club(), { unavailable: new Set(['payments']) })).toEqual([]);
    const same = [
      member('seller', 'en', 'freight forwarding to Southeast Asia', 'handmade ceramics'),
      member('f1', 'en', 'ceramics', 'freight forwarding to Southeast Asia'),
      member('f2', 'en', 'gift ceramics', 'sea freight forwarding, Southeast Asia lanes'),
    ];
    expect(findTrios(same)).toEqual([]);
  }, 60_000);
});
