import type { Locale } from './locale.js';
import type { Catalogue } from './translate.js';
import { translate } from './translate.js';

/** What members are told about their data exports and erasures. */
export const privacyMessages = {
  exportReadyTitle: { en: 'Your data export', 'zh-CN': '你的数据导出' },
  exportReady: {
    en: 'Download everything {club} holds about you (JSON): {url}\nThe link works once, until {expires}.',
    'zh-CN': '下载{club}保存的关于你的全部数据（JSON）：{url}\n链接只能使用一次，有效期至 {expires}。',
  },
  erasureDoneTitle: { en: 'Your data was deleted', 'zh-CN': '你的数据已删除' },
  erasureDone: {
    en: '{club} has deleted your personal data. Payment records keep only what accounting requires, without your name. This is the last message you will receive from us.',
    'zh-CN': '{club}已删除你的个人数据。付款记录只保留会计所需的内容，且不含你的姓名。这是你收到的最后一条消息。',
  },
} as const satisfies Catalogue;

export type PrivacyMessageKey = keyof typeof privacyMessages;

export function privacyText(
  locale: Locale,
  key: PrivacyMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(privacyMessages, locale, key, params);
}
