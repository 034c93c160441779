import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, tighten } from './normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['full-width to half-width', 'ＡＢＣ　１２３：ｖｘ', 'abc 123:vx'],
    ['case folding', 'WeChat BITCOIN', 'wechat bitcoin'],
    ['traditional to simplified Chinese', '幣圈 資金盤 理財產品 聯繫我', '币圈 资金盘 理财产品 联系我'],
    ['zero-width and bidi characters removed', 'b\u200Bit\u200Dco\u2060in\uFEFF', 'bitcoin'],
    ['combining characters removed', 'c\u0336r\u0336y\u0336p\u0336t\u0336o\u0301', 'crypto'],
    ['Cyrillic and Greek look-alikes', 'bіtсоіn ΒΤC', 'bitcoin btc'],
    ['math bold, script and double-struck letters', '𝐯𝐱 𝓦𝓮𝓒𝓱𝓪𝓽 ℂ𝕣𝕪𝕡𝕥𝕠', 'vx wechat crypto'],
    ['circled and enclosed letters', 'ⓑⓘⓣ 🅱🅸🆃 🄰', 'bit bit a'],
    ['circled, keycap and math digits', '①③⑧ 1️⃣3️⃣8️⃣ 𝟏𝟑𝟖 𝟙𝟛𝟠', '138 138 138 138'],
    ['Chinese numerals in runs of five or more', '电话壹叁捌零零壹叁捌零零零', '电话13800138000'],
    ['everyday Chinese numerals with separators', '手机 一三九 一二三四 五六七八', '手机 139 1234 5678'],
    ['short numeral words stay words', '一个人 三点钟', '一个人 三点钟'],
    ['prices and addresses are not mangled', '¥1,200 € 5 a@b.com', '¥1,200 € 5 a@b.com'],
    ['emoji kept', '好的👍', '好的👍'],
  ])('%s', (_name, input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('joins separated single characters, in words and between digits', () => {
    expect(normalizeText('b i t c o i n and more').joined).toBe('bitcoin and more');
    expect(normalizeText('加 我 微 信').joined).toBe('加我微信');
    expect(normalizeText('1-3-8 0.0').joined).toBe('13800');
    expect(normalizeText('hello world').joined).toBe('hello world');
  });

  it('keeps a word boundary only between Latin words in the tight form', () => {
    expect(tighten('加我，微信：abc_123 add-me')).toBe('加我微信abc 123 add me');
    expect(normalizeText('资\u200B金 . 盘').tight).toBe('资金盘');
  });

  it('drops every separator in the compact form', () => {
    expect(normalizeText('Hi, there! 你 好。').compact).toBe('hithere你好');
  });
});
