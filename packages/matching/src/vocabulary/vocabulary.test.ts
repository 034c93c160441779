import { describe, expect, it } from 'vitest';
import { analyzeField } from '../text/analyze.js';
import { CONCEPTS, conceptLabel, defaultVocabulary, RELATION, validateVocabulary } from './vocabulary.js';

const vocabulary = defaultVocabulary();
const rel = (need: string, offer: string) =>
  vocabulary.relation[vocabulary.indexOf.get(need)! * vocabulary.size + vocabulary.indexOf.get(offer)!];

describe('the shipped vocabulary', () => {
  it('has at least 150 concepts, each with Chinese and English wordings, and no problems', () => {
    expect(CONCEPTS.filter((c) => !c.blocked).length).toBeGreaterThanOrEqual(150);
    expect(validateVocabulary()).toEqual([]);
  });

  it('covers the domains members trade in', () => {
    for (const id of [
      'freight-forwarding',
      'cross-border-ecommerce',
      'oem-manufacturing',
      'sourcing',
      'legal-services',
      'tax-advice',
      'accounting',
      'financing',
      'brand-strategy',
      'kol-marketing',
      'livestream-commerce',
      'saas',
      'ai',
      'graphic-design',
      'recruiting',
      'market-southeast-asia',
      'market-north-america',
      'market-europe',
      'market-middle-east',
      'offline-retail',
      'amazon',
      'shopify-dtc',
      'tiktok-shop',
      'cross-border-payments',
      'customs-clearance',
      'commercial-real-estate',
      'education',
      'healthcare',
      'food-beverage',
      'hardware-development',
      'packaging',
      'translation',
      'product-photography',
      'event-planning',
    ]) {
      expect(vocabulary.indexOf.has(id), id).toBe(true);
    }
  });

  it('knows which offers serve which needs', () => {
    expect(rel('cross-border-logistics', 'cross-border-logistics')).toBe(RELATION.same);
    expect(rel('cross-border-logistics', 'overseas-warehousing')).toBeCloseTo(RELATION.servedBy);
    expect(rel('cross-border-logistics', 'freight-forwarding')).toBeCloseTo(RELATION.servedBy);
    // Narrower offers meet a general need; a general offer meets a specific need less.
    expect(rel('logistics', 'cold-chain')).toBeCloseTo(RELATION.narrowerOffer);
    expect(rel('cold-chain', 'logistics')).toBeCloseTo(RELATION.broaderOffer);
    expect(rel('financing', 'angel-investment')).toBeGreaterThan(0.8);
    expect(rel('cross-border-logistics', 'kol-marketing')).toBe(0);
  });

  it('never relates anything to the refused categories, and financing is not crypto', () => {
    const crypto = vocabulary.indexOf.get('blocked-crypto')!;
    for (let i = 0; i < vocabulary.size; i++) {
      expect(vocabulary.relation[crypto * vocabulary.size + i]).toBe(0);
      expect(vocabulary.relation[i * vocabulary.size + crypto]).toBe(0);
    }
    for (const text of ['虚拟货币投资', 'crypto fund', 'ICO token sale', '资金盘', 'forex signals']) {
      expect(
        analyzeField(text, vocabulary).every((p) => p.blocked),
        text,
      ).toBe(true);
    }
  });

  it('labels concepts in both languages', () => {
    expect(conceptLabel('cross-border-logistics', 'zh-CN')).toBe('跨境物流');
    expect(conceptLabel('cross-border-logistics', 'en')).toBe('cross-border logistics');
    expect(conceptLabel('no-such-concept', 'en')).toBe('no-such-concept');
  });
});
