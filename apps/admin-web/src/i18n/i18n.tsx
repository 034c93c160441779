import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, type TextKey, texts } from './texts.js';

const STORAGE_KEY = 'snowball.locale';

export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  /** The text for a key with `{name}` placeholders filled (values are text, never markup). */
  t(key: TextKey, params?: Readonly<Record<string, string | number>>): string;
  /** A text whose key is built at run time (a status, a role); falls back to the raw value. */
  label(prefix: string, value: string): string;
  date(value: string | Date | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  money(amountMinor: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Digits after the decimal point for a currency, as Intl knows them (JPY 0, CNY 2). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t = (key: TextKey, params: Readonly<Record<string, string | number>> = {}) =>
      texts[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const when = (format: Intl.DateTimeFormat) => (value: string | Date | null | undefined) =>
      value ? format.format(new Date(value)) : '—';
    return {
      locale,
      setLocale,
      t,
      label: (prefix, raw) => {
        const key = `${prefix}.${raw}`;
        return key in texts ? t(key as TextKey) : raw;
      },
      date: when(dateFormat),
      dateTime: when(dateTimeFormat),
      money: (amountMinor, currency) => {
        const digits = currencyDigits(currency);
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }).format(
            amountMinor / 10 ** digits,
          );
        } catch {
          return `${amountMinor / 10 ** digits} ${currency}`;
        }
      },
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its formatters. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
