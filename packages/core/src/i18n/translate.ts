import type { Locale } from './locale.js';

export type Texts = Readonly<Record<Locale, string>>;
export type Catalogue<K extends string = string> = Readonly<Record<K, Texts>>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** True for a text given in every language (`{ en, 'zh-CN' }`), such as a bilingual error reason. */
export function isTexts(value: unknown): value is Texts {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>)['zh-CN'] === 'string'
  );
}

/** Fills the catalogue text in the locale; a parameter given in every language is filled in that locale too. */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  params?: Readonly<Record<string, unknown>>,
): string {
  const texts = catalogue[key];
  if (!params) return format(texts[locale]);
  const localized = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, isTexts(value) ? value[locale] : value]),
  );
  return format(texts[locale], localized);
}
