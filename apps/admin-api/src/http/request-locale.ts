import { isLocale, type Locale, normalizeLocale } from '@snowball/core';
import type { FastifyRequest } from 'fastify';

/** Picks the first supported language of an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = normalizeLocale(tag);
    if (locale) return locale;
  }
  return undefined;
}

/**
 * The language of a response: `?lang=`, then Accept-Language, then the signed-in staff member's own setting,
 * then the club default, then English.
 */
export function requestLocale(
  request: FastifyRequest,
  fallback?: { readonly memberLocale?: Locale | null; readonly communityLocale?: Locale | null },
): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const lang = typeof query?.lang === 'string' ? normalizeLocale(query.lang) : undefined;
  if (lang && isLocale(lang)) return lang;
  return (
    localeFromAcceptLanguage(request.headers['accept-language']) ??
    fallback?.memberLocale ??
    fallback?.communityLocale ??
    'en'
  );
}
