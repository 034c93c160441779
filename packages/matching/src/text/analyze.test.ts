import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../vocabulary/vocabulary.js';
import { analyzeField, analyzeRegion } from './analyze.js';

const vocabulary = defaultVocabulary();
const ids = (text: string | string[]) =>
  analyzeField(text, vocabulary).flatMap((p) => p.concepts.map((c) => vocabulary.concepts[c]!.id));

describe('analyzeField', () => {
  it('reads the same concept from Chinese and English wordings', () => {
    expect(ids('急需跨境物流合作伙伴')).toEqual(['cross-border-logistics']);
    expect(ids('need a cross-border logistics partner')).toEqual(['cross-border-logistics']);
    expect(ids('我们做海外仓储配送')).toContain('overseas-warehousing');
    expect(ids('overseas warehouses in the US')).toContain('overseas-warehousing');
    expect(ids('东南亚货代')).toContain('freight-forwarding');
    expect(ids('we run Southeast Asia freight forwarding')).toContain('freight-forwarding');
  });

  it('prefers the longest wording and Intl.Segmenter word boundaries', () => {
    // 跨境物流 is one concept, not 跨境 + 物流.
    expect(ids('跨境物流')).toEqual(['cross-border-logistics']);
    // 出海|运营: the 海运 (ocean freight) across the word boundary is not read.
    expect(ids('出海运营')).not.toContain('ocean-freight');
    expect(ids('我们做海运拼箱')).toContain('ocean-freight');
  });

  it('accepts a list of items and mixed scripts', () => {
    expect(ids(['亚马逊FBA头程', 'TikTok小店代运营'])).toEqual(
      expect.arrayContaining(['fba-logistics', 'tiktok-shop', 'ecommerce-operations']),
    );
  });

  it('drops phrases about what the club refuses, and keeps the rest of the text', () => {
    const phrases = analyzeField('我们做比特币挖矿，需要融资', vocabulary);
    expect(phrases[0]?.blocked).toBe(true);
    expect(phrases[0]?.concepts).toEqual([]);
    expect(phrases[1]?.concepts.map((c) => vocabulary.concepts[c]!.id)).toEqual(['financing']);
    expect(analyzeField('MLM network marketing opportunity', vocabulary)[0]?.blocked).toBe(true);
    // Ordinary "factory direct sales" is not MLM (直销) in disguise.
    expect(analyzeField('厂家直销', vocabulary)[0]?.blocked).toBe(false);
  });

  it('keeps unknown words as terms: Chinese bigrams and English stems, without filler', () => {
    const [zh] = analyzeField('寻找钛合金眼镜架的方案', vocabulary);
    expect(zh?.terms).toContain('眼镜');
    expect(zh?.terms).not.toContain('方案');
    expect(zh?.terms).not.toContain('寻找');
    const [en] = analyzeField('we need a titanium eyeglass frame supplier', vocabulary);
    expect(en?.terms).toEqual(expect.arrayContaining(['titanium', 'eyeglass']));
    expect(en?.terms).not.toContain('need');
  });
});

describe('analyzeRegion', () => {
  const region = (text: string) => analyzeRegion(text, vocabulary).ids.map((i) => vocabulary.regions[i]!.id);

  it('reads cities and countries in both languages', () => {
    expect(region('深圳南山')).toEqual(['shenzhen']);
    expect(region('Shenzhen')).toEqual(['shenzhen']);
    expect(region('Kuala Lumpur, Malaysia')).toEqual(['malaysia']);
  });

  it('keeps a place it does not know as text', () => {
    expect(analyzeRegion('Atlantis', vocabulary)).toEqual({ ids: [], unknown: ['atlantis'] });
  });
});
