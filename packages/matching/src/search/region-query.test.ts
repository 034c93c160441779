import { describe, expect, it } from 'vitest';
import { regionQuery } from './region-query.js';

describe('regionQuery', () => {
  it('matches the same place across languages, and places inside the one asked for', () => {
    expect(regionQuery('深圳').score('Shenzhen, Nanshan')).toBe(1);
    expect(regionQuery('China').score('深圳')).toBeGreaterThan(0);
    expect(regionQuery('中国').score('Shanghai')).toBeGreaterThan(0);
    expect(regionQuery('Shenzhen').score('China')).toBeGreaterThan(0);
    expect(regionQuery('Shenzhen').score('China')).toBeLessThan(regionQuery('Shenzhen').score('深圳'));
    expect(regionQuery('深圳').score('Singapore')).toBe(0);
  });

  it('falls back to text for places it does not know', () => {
    expect(regionQuery('Atlantis').score('Lower Atlantis')).toBe(1);
    expect(regionQuery('Atlantis').score('Paris')).toBe(0);
    expect(regionQuery(' ').empty).toBe(true);
  });
});
