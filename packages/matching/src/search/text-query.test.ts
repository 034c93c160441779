import { describe, expect, it } from 'vitest';
import { textQuery } from './text-query.js';

const doc = (text: string, weight = 1) => [{ text, weight }];

describe('textQuery', () => {
  it('finds Chinese documents for English queries and back, through shared concepts', () => {
    expect(textQuery('freight forwarding').score(doc('我们做东南亚货代'))).toBeGreaterThan(0);
    expect(textQuery('跨境物流').score(doc('international shipping and overseas warehouses'))).toBeGreaterThan(0);
    expect(textQuery('跨境物流').score(doc('品牌设计'))).toBe(0);
  });

  it('works on Chinese text without spaces and requires every part of the query', () => {
    expect(textQuery('物流 深圳').score(doc('深圳物流公司'))).toBeGreaterThan(0);
    expect(textQuery('物流 上海').score(doc('深圳物流公司'))).toBe(0);
    expect(textQuery('喂食器').score(doc('宠物智能喂食器工厂'))).toBeGreaterThan(0);
    expect(textQuery('titanium frames').score(doc('we make titanium eyeglass frames'))).toBeGreaterThan(0);
    expect(textQuery('titanium plastic').score(doc('we make titanium eyeglass frames'))).toBe(0);
  });

  it('ranks a hit in a heavier field and an exact concept above a related one', () => {
    const q = textQuery('logistics');
    expect(q.score(doc('logistics', 3))).toBeGreaterThan(q.score(doc('logistics', 1)));
    expect(q.score(doc('logistics'))).toBeGreaterThan(q.score(doc('cold chain')));
    expect(q.score([{ text: 'cold chain', weight: 1, exact: true }])).toBe(0);
  });

  it('falls back to a substring for short codes and says when a query is empty', () => {
    expect(textQuery('X5').score(doc('model X5 parts'))).toBeGreaterThan(0);
    expect(textQuery('  ').empty).toBe(true);
    expect(textQuery('  ').score(doc('anything'))).toBe(0);
  });
});
