/**
 * Chinese numerals (everyday 一二三 and financial 壹贰叁, simplified after opencc) as digits. Our own table: the
 * homoglyph library maps look-alike letters, not numerals written as words. Only runs of five or more numerals are
 * read as digits, so ordinary words (一个, 三点) stay words.
 */
export const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0',
  一: '1',
  壹: '1',
  幺: '1',
  二: '2',
  贰: '2',
  两: '2',
  三: '3',
  叁: '3',
  参: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  拐: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
  勾: '9',
};

const NUMERAL_CLASS = `0-9${Object.keys(CHINESE_DIGITS).join('')}`;
// Five or more numerals, with up to three separator characters between them (spaces, dashes, dots, emoji...).
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CLASS}](?:[^\\p{L}\\p{N}\\n]{0,3}[${NUMERAL_CLASS}]){4,}`, 'gu');
const HAS_CHINESE_NUMERAL = new RegExp(`[${Object.keys(CHINESE_DIGITS).join('')}]`);

/** Rewrites runs of numerals (any mix of digits and Chinese numerals) as plain digits, separators kept. */
export function numeralsAsDigits(text: string): string {
  if (!HAS_CHINESE_NUMERAL.test(text)) return text;
  return text.replace(NUMERAL_RUN, (run) => {
    let digits = 0;
    for (const ch of run) if (ch in CHINESE_DIGITS || (ch >= '0' && ch <= '9')) digits++;
    if (digits < 5) return run;
    let out = '';
    for (const ch of run) out += CHINESE_DIGITS[ch] ?? ch;
    return out;
  });
}
