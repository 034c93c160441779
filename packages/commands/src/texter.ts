import { type Locale, translate } from '@snowball/core';
import type { CommandTexts } from './reply.js';

/** `t('key', params)` over one command's texts in the caller's language. */
export function texter<K extends string>(texts: CommandTexts<K>, locale: Locale) {
  return (key: K, params?: Readonly<Record<string, unknown>>) => translate(texts, locale, key, params);
}

/** A date in the reader's language and timezone. */
export function formatDate(date: Date | null, locale: Locale, timezone: string, withTime = false): string {
  if (!date) return '—';
  return date.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

/** Cuts text a member wrote to `max` characters (code points), ending with "…" when cut, for compact lists. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
