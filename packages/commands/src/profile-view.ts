import { type DirectoryProfile, isLocale, type Locale } from '@snowball/core';
import type { CommandTexts, Field } from './reply.js';
import { clip, texter } from './texter.js';

/** Names of profile fields and languages, shared by /profile, /find and /intros. */
export const profileTexts = {
  company: { en: 'Company', 'zh-CN': '公司' },
  role: { en: 'Role', 'zh-CN': '职位' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  region: { en: 'Region', 'zh-CN': '地区' },
  languages: { en: 'Languages', 'zh-CN': '语言' },
  skills: { en: 'Strengths', 'zh-CN': '绝活' },
  offers: { en: 'Can offer', 'zh-CN': '可提供' },
  needs: { en: 'Looking for', 'zh-CN': '需求' },
  dealSize: { en: 'Typical deal size', 'zh-CN': '常见合作规模' },
  'lang.zh-CN': { en: 'Chinese', 'zh-CN': '中文' },
  'lang.en': { en: 'English', 'zh-CN': '英文' },
} as const satisfies CommandTexts<string>;

type ProfileText = Pick<DirectoryProfile, 'company' | 'role' | 'industry' | 'region' | 'offers' | 'needs'> &
  Partial<Pick<DirectoryProfile, 'skills' | 'dealSize' | 'languages'>>;

const ORDER = ['company', 'role', 'industry', 'region', 'languages', 'skills', 'offers', 'needs', 'dealSize'] as const;
const SHORT = new Set<string>(['company', 'role', 'industry', 'region', 'languages', 'dealSize']);

/** Language codes as words in the reader's language: `中文、英文` / `Chinese, English`. */
export function languageNames(languages: readonly Locale[], locale: Locale): string {
  const t = texter(profileTexts, locale);
  return languages.map((l) => t(`lang.${l}`)).join(locale === 'zh-CN' ? '、' : ', ');
}

/**
 * A profile as fields: the ones present in `profile`, in a fixed order. With `empty: true` unfilled ones
 * show as "—" (the member's own view, so they see what is missing); otherwise they are left out.
 * `max` clips long texts for compact lists.
 */
export function profileFields(
  profile: ProfileText,
  locale: Locale,
  options: { readonly empty?: boolean; readonly max?: number } = {},
): Field[] {
  const t = texter(profileTexts, locale);
  const fields: Field[] = [];
  for (const key of ORDER) {
    const raw = profile[key];
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? languageNames(raw.filter(isLocale), locale) : String(raw);
    if (!value.trim() && !options.empty) continue;
    fields.push({
      name: t(key),
      value: value.trim() ? (options.max ? clip(value, options.max) : value) : '—',
      inline: SHORT.has(key),
    });
  }
  return fields;
}
