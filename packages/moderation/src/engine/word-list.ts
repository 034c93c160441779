import { foldText, tighten } from '../normalize/normalize-text.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NEVER = /(?!)/;
const LATIN = /[a-z0-9]/;

/**
 * One regex for a list of words and phrases in any language, matched against the tight form of a message (see
 * `NormalizedText.tight`): Chinese across any separators, Latin ends only on word boundaries ("vx" never inside
 * "devxml", "加v" never in "参加vue").
 */
export function phrases(words: readonly string[]): RegExp {
  const forms = [...new Set(words.map((w) => tighten(foldText(w).trim())).filter(Boolean))];
  if (forms.length === 0) return NEVER;
  forms.sort((a, b) => b.length - a.length);
  const alternatives = forms.map((f) => {
    const start = LATIN.test(f[0] ?? '') ? '(?<![a-z0-9])' : '';
    const end = LATIN.test(f[f.length - 1] ?? '') ? '(?![a-z0-9])' : '';
    return `${start}${escapeRegExp(f)}${end}`;
  });
  return new RegExp(alternatives.join('|'), 'g');
}

/** The first match of a list regex in a text, or undefined. */
export function firstMatch(pattern: RegExp, text: string): string | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m?.[0];
}
