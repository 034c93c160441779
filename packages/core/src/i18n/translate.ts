import type { Locale } from './locale.js';

export type Texts = Readonly<Record<Locale, string>>;
export type Catalogue<K extends string = string> = Readonly<Record<K, Texts>>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  params?: Readonly<Record<string, unknown>>,
): string {
  const texts = catalogue[key];
  return format(texts[locale], params);
}
