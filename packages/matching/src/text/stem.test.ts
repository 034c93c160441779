import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem', () => {
  it('gives inflections of a word one stem', () => {
    expect(stem('warehouse')).toBe(stem('warehousing'));
    expect(stem('warehouses')).toBe(stem('warehouse'));
    expect(stem('shipping')).toBe(stem('ship'));
    expect(stem('factories')).toBe(stem('factory'));
    expect(stem('videos')).toBe(stem('video'));
    expect(stem('sourcing')).toBe(stem('source'));
  });

  it('gives the noun, the verb and the doer one stem, in British and American spelling', () => {
    expect(stem('translation')).toBe(stem('translate'));
    expect(stem('translators')).toBe(stem('translate'));
    expect(stem('localisation')).toBe(stem('localize'));
    expect(stem('optimising')).toBe(stem('optimization'));
    expect(stem('shipments')).toBe(stem('ship'));
    expect(stem('station')).not.toBe(stem('stat'));
  });

  it('keeps words apart whose stems would mean something else', () => {
    expect(stem('marketing')).not.toBe(stem('market'));
    expect(stem('customs')).not.toBe(stem('custom'));
    expect(stem('accounting')).not.toBe(stem('account'));
    expect(stem('branding')).not.toBe(stem('brands'));
  });

  it('leaves short words, codes and non-latin text alone', () => {
    expect(stem('AI')).toBe('ai');
    expect(stem('3pl')).toBe('3pl');
    expect(stem('b2b')).toBe('b2b');
  });
});
