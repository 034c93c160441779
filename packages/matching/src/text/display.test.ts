import { describe, expect, it } from 'vitest';
import { displayPhrase } from './display.js';

describe('displayPhrase', () => {
  it('trims the filler around what is needed or offered', () => {
    expect(displayPhrase('急需跨境物流合作伙伴')).toBe('跨境物流');
    expect(displayPhrase('我们做海外仓储配送')).toBe('海外仓储配送');
    expect(displayPhrase('need a cross-border logistics partner')).toBe('cross-border logistics');
    expect(displayPhrase('We are looking for reliable OEM manufacturers')).toBe('OEM manufacturers');
  });

  it('keeps short phrases whole and shortens long ones', () => {
    expect(displayPhrase('找人')).toBe('找人');
    const long = displayPhrase('x'.repeat(100));
    expect([...long].length).toBe(40);
    expect(long.endsWith('…')).toBe(true);
  });
});
