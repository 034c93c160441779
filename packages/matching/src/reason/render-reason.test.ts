import { describe, expect, it } from 'vitest';
import { decodeReason, encodeReason, flipReason, type MatchReason } from './match-reason.js';
import { renderReason } from './render-reason.js';

const reason: MatchReason = {
  v: 1,
  theyOffer: [
    {
      need: '跨境物流',
      offer: '海外仓储配送',
      needConcept: 'cross-border-logistics',
      offerConcept: 'overseas-warehousing',
    },
  ],
  youOffer: [
    { need: 'brand strategy', offer: '品牌出海营销', needConcept: 'brand-strategy', offerConcept: 'brand-strategy' },
  ],
  sameRegion: { id: 'shenzhen', text: 'shenzhen' },
  industries: { yours: 'cross-border-ecommerce', theirs: 'logistics' },
  recentlyActive: true,
};

describe('renderReason', () => {
  it('says in Chinese which need met which offer, with the shared region and industries', () => {
    expect(renderReason(reason, 'zh-CN')).toBe(
      '你需要「跨境物流」— 对方提供「海外仓储配送」；对方需要「brand strategy」（品牌策划）— 你可以提供「品牌出海营销」；' +
        '同在深圳；行业互补（跨境电商 × 物流）；对方近期活跃',
    );
  });

  it('says the same in English, glossing Chinese phrases with the concept label', () => {
    expect(renderReason(reason, 'en')).toBe(
      'You need “跨境物流” (cross-border logistics) — they offer “海外仓储配送” (overseas warehouse); ' +
        'they need “brand strategy” — you offer “品牌出海营销” (branding); both in Shenzhen; ' +
        'complementary industries (cross-border ecommerce × logistics); recently active',
    );
  });

  it('has a fallback text when there is nothing specific to say', () => {
    const empty: MatchReason = {
      ...reason,
      theyOffer: [],
      youOffer: [],
      sameRegion: null,
      industries: null,
      recentlyActive: false,
    };
    expect(renderReason(empty, 'zh-CN')).toBe('资料相近');
    expect(renderReason(empty, 'en')).toBe('Similar profiles');
  });
});

describe('flipReason', () => {
  it('gives the other member’s point of view', () => {
    const flipped = flipReason(reason);
    expect(flipped.theyOffer).toEqual(reason.youOffer);
    expect(flipped.youOffer).toEqual(reason.theyOffer);
    expect(flipped.industries).toEqual({ yours: 'logistics', theirs: 'cross-border-ecommerce' });
    expect(renderReason(flipped, 'zh-CN').startsWith('你需要「brand strategy」')).toBe(true);
  });
});

describe('encodeReason / decodeReason', () => {
  it('round-trips a reason', () => {
    expect(decodeReason(encodeReason(reason))).toEqual(reason);
  });

  it('returns null for text that is not a stored reason', () => {
    expect(decodeReason('both like logistics')).toBeNull();
    expect(decodeReason('{"v":2}')).toBeNull();
    expect(decodeReason('{"v":1,"theyOffer":[{"need":1}],"youOffer":[]}')).toBeNull();
  });
});
