import decancerModule from 'decancer';
import * as OpenCC from 'opencc-js/t2cn';
import { numeralsAsDigits } from './digit-forms.js';

/** The forms of one message the rules match against. */
export interface NormalizedText {
  /**
   * Case-folded, half-width, simplified Chinese, homoglyphs mapped to Latin letters, invisible and combining
   * characters removed, numerals in runs as digits; spaces and punctuation kept.
   */
  readonly folded: string;
  /** `folded` with separators removed between single characters: "b i t c o i n" → "bitcoin", "加 V" → "加v". */
  readonly joined: string;
  /**
   * `joined` with every separator removed except one space between two Latin words or numbers: "加 我 微 信" and
   * "加我，微信" → "加我微信", "add-me" → "add me". Word lists match here, Latin words on word boundaries.
   */
  readonly tight: string;
  /** Letters and digits only: every separator, punctuation mark and emoji inside or between words removed. */
  readonly compact: string;
}

// Zero-width, bidi controls, soft hyphen, variation selectors, tag characters, Hangul fillers.
const INVISIBLE = new RegExp(
  [
    '[\\u00AD\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F]',
    '[\\u3164\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}]',
    '\\u034F',
    '[\\uFE00-\\uFE0F]',
  ].join('|'),
  'gu',
);
const COMBINING = /\p{M}/gu;
// What the homoglyph library should see: anything outside ASCII except Chinese, CJK punctuation, currency and emoji
// (the library maps "¥" to "y" and "@" to "a", which would turn prices and addresses into words).
const FOREIGN_RUN = /[^\x00-\x7F\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\p{Sc}\p{Extended_Pictographic}]+/gu;
const HAN = /\p{Script=Han}/u;
const ASCII_PRINTABLE = /^[\x20-\x7E\n\r\t]*$/;
// Squared, negative circled and negative squared Latin capitals (🄰 🅐 🅰) and regional indicators (🇦): emoji-like
// letters neither NFKC nor the homoglyph library map.
const ENCLOSED_LETTER = /[\u{1F130}-\u{1F189}\u{1F1E6}-\u{1F1FF}]/gu;

// decancer is CommonJS exporting the cure function itself (with `options` on it); its typings describe an ES module.
type Cure = ((input: string, options?: number) => { toString(): string }) & {
  options(options: Readonly<Record<string, boolean>>): number;
};
const decancer = decancerModule as unknown as Cure;

const CURE_OPTIONS = decancer.options({
  retainChinese: true,
  retainJapanese: true,
  retainKorean: true,
  retainEmojis: true,
});
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function enclosedLetter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const base = cp >= 0x1f1e6 ? 0x1f1e6 : cp >= 0x1f170 ? 0x1f170 : cp >= 0x1f150 ? 0x1f150 : 0x1f130;
  return String.fromCharCode(97 + cp - base);
}

/** Folds one message into the form rules compare against (see `NormalizedText.folded`). */
export function foldText(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text.toLowerCase();
  // Decomposed first, so accents and overlays come off every letter ("ó" → "o"), then recomposed.
  let s = text.replace(INVISIBLE, '').normalize('NFKD').replace(COMBINING, '').normalize('NFC');
  s = s.replace(ENCLOSED_LETTER, enclosedLetter);
  s = s.replace(FOREIGN_RUN, (run) => decancer(run, CURE_OPTIONS).toString());
  s = s.toLowerCase();
  if (HAN.test(s)) s = numeralsAsDigits(toSimplified(s));
  return s;
}

// A separator between two single-character tokens: "b i t", "1-3-8", "加 我".
const SINGLE_GAP = /(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}])[^\p{L}\p{N}\n]{1,3}(?=[\p{L}\p{N}](?:[^\p{L}\p{N}]|$))/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/** Removes separators, keeping one space where a Latin word or number meets another (see `NormalizedText.tight`). */
export function tighten(text: string): string {
  return text.replace(SEPARATORS, (sep, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + sep.length];
    return before && after && LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after) ? ' ' : '';
  });
}

/** Every form of a message the rules need, computed once. */
export function normalizeText(text: string): NormalizedText {
  const folded = foldText(text);
  const joined = folded.replace(SINGLE_GAP, '');
  return { folded, joined, tight: tighten(joined), compact: folded.replace(SEPARATORS, '') };
}
