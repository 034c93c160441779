import { describe, expect, it } from 'vitest';
import { HAN_UNIT, toPhrases, toUnits, WORD_UNIT } from './units.js';

describe('toPhrases (Intl.Segmenter)', () => {
  it('splits Chinese text without spaces into characters and keeps the word boundaries it found', () => {
    const [phrase] = toPhrases('急需跨境物流');
    expect(phrase?.units).toEqual(['急', '需', '跨', '境', '物', '流']);
    expect(phrase?.kinds.every((k) => k === HAN_UNIT)).toBe(true);
    // 物流 is one dictionary word: its second character does not start a word.
    expect(phrase?.wordStarts[4]).toBe(true);
    expect(phrase?.wordStarts[5]).toBe(false);
  });

  it('stems English words and treats mixed text as one sequence', () => {
    const [phrase] = toPhrases('Amazon FBA头程 warehousing');
    expect(phrase?.units).toEqual(['amazon', 'fba', '头', '程', 'warehous']);
    expect(phrase?.kinds[0]).toBe(WORD_UNIT);
  });

  it('splits phrases at punctuation in both languages but keeps "jd.com" whole', () => {
    const phrases = toPhrases('海外仓，货代；freight forwarding, customs. jd.com');
    expect(phrases.map((p) => p.text)).toEqual(['海外仓', '货代', 'freight forwarding', 'customs', 'jd.com']);
  });

  it('quotes phrases with the member’s own capitalisation and full-width characters normalised', () => {
    expect(toPhrases('We run Southeast Asia freight forwarding')[0]?.text).toBe(
      'We run Southeast Asia freight forwarding',
    );
    expect(toUnits('ＯＥＭ代工')).toEqual(['oem', '代', '工']);
    expect(toUnits('e-commerce')).toEqual(['ecommerc']);
  });
});
