/** The languages every text a person sees exists in. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * Maps a platform locale tag (Discord `zh-CN`, `en-US`; Slack `zh-CN`, `en-GB`) onto a supported locale,
 * or undefined when the tag says nothing we can use.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The member's own setting wins, then the platform's locale, then the community default. */
export function pickLocale(
  memberSetting: Locale | null | undefined,
  platformLocale: string | null | undefined,
  communityDefault: Locale,
): Locale {
  return memberSetting ?? normalizeLocale(platformLocale) ?? communityDefault;
}
