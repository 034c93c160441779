import { type Locale, normalizeLocale } from '@snowball/core';

/** The operator's language for CLI texts: from the environment's locale (zh_CN.UTF-8 → zh-CN), English otherwise. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return normalizeLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'en';
}
