import { DateTime } from 'luxon';
import type { Locale } from './locale.js';

function inZone(at: Date, timezone: string, locale: Locale): DateTime {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  // An unknown zone (bad member setting) must not hide the time: fall back to UTC, which the label then says.
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'utc' })).setLocale(locale);
}

function zoneLabel(local: DateTime): string {
  return local.zoneName === 'UTC' ? 'UTC' : (local.zoneName ?? 'UTC');
}

/** A lesson time as a member reads it, in their timezone: `2026年3月12日 周四 20:00（Asia/Shanghai）`. */
export function formatDateTime(at: Date, timezone: string, locale: Locale): string {
  const local = inZone(at, timezone, locale);
  return locale === 'zh-CN'
    ? `${local.toFormat('yyyy年M月d日 ccc HH:mm')}（${zoneLabel(local)}）`
    : `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zoneLabel(local)})`;
}

/** A calendar date in the given timezone: `2027年3月1日` / `1 Mar 2027`. */
export function formatDate(at: Date, timezone: string, locale: Locale): string {
  const local = inZone(at, timezone, locale);
  return locale === 'zh-CN' ? local.toFormat('yyyy年M月d日') : local.toFormat('d LLL yyyy');
}

/** The local calendar date `yyyy-MM-dd` of an instant in a timezone (for keys and summaries). */
export function localDate(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'utc' })).toISODate() ?? '';
}

const UNITS = {
  'zh-CN': { day: ['天', '天'], hour: ['小时', '小时'], minute: ['分钟', '分钟'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
} as const;

function unit(locale: Locale, name: 'day' | 'hour' | 'minute', n: number): string {
  return `${n} ${UNITS[locale][name][n === 1 ? 0 : 1]}`;
}

/**
 * A span of time in words, rounded to what a reader cares about: `2 days`, `24 hours`, `1 hour 30 minutes`,
 * `45 minutes` (zh-CN: `2 天`, `24 小时`, `1 小时 30 分钟`).
 */
export function formatDuration(ms: number, locale: Locale): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes >= 48 * 60) return unit(locale, 'day', Math.round(minutes / (24 * 60)));
  if (minutes >= 3 * 60) return unit(locale, 'hour', Math.round(minutes / 60));
  if (minutes >= 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${unit(locale, 'hour', h)} ${unit(locale, 'minute', m)}` : unit(locale, 'hour', h);
  }
  return unit(locale, 'minute', minutes);
}
