import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** What can be wrong with a new club's values, one text per problem, in zh-CN and en. */
export const communitySetupMessages = {
  'slug.required': { en: '--slug is required.', 'zh-CN': '需要填写 --slug（社群标识）。' },
  'slug.format': {
    en: '--slug "{value}": use 2 to 40 lowercase letters a-z, digits and "-", starting with a letter or digit.',
    'zh-CN': '--slug "{value}"：请使用 2 到 40 个小写字母 a-z、数字或 "-"，并以字母或数字开头。',
  },
  'slug.taken': {
    en: '--slug "{value}" is already used by another club of this deployment (see `snowball club list`).',
    'zh-CN': '--slug "{value}" 已被本部署中的其他社群使用（见 `snowball club list`）。',
  },
  'name.required': { en: '--name is required.', 'zh-CN': '需要填写 --name（社群名称）。' },
  'name.too_long': {
    en: '--name is too long (at most {max} characters).',
    'zh-CN': '--name 太长了（最多 {max} 个字符）。',
  },
  'nameZh.too_long': {
    en: '--name-zh is too long (at most {max} characters).',
    'zh-CN': '--name-zh 太长了（最多 {max} 个字符）。',
  },
  'owner.required': {
    en: '--owner is required: the email of the club’s first owner.',
    'zh-CN': '需要填写 --owner：社群第一位群主的邮箱。',
  },
  'owner.invalid': {
    en: '--owner "{value}" is not an email address.',
    'zh-CN': '--owner "{value}" 不是有效的邮箱地址。',
  },
  'ownerName.too_long': {
    en: '--owner-name is too long (at most {max} characters).',
    'zh-CN': '--owner-name 太长了（最多 {max} 个字符）。',
  },
  'fee.invalid': {
    en: '--fee "{value}" must be a positive amount such as 1000 or 99.50 (in the club’s currency).',
    'zh-CN': '--fee "{value}" 必须是正数金额，例如 1000 或 99.50（以社群货币计）。',
  },
  'fee.too_high': {
    en: '--fee "{value}" is too high.',
    'zh-CN': '--fee "{value}" 金额过大。',
  },
  'currency.unknown': {
    en: '--currency "{value}" is not a currency we know (use an ISO code such as CNY, USD, EUR).',
    'zh-CN': '--currency "{value}" 不是可识别的货币（请使用 CNY、USD、EUR 等 ISO 代码）。',
  },
  'timezone.unknown': {
    en: '--timezone "{value}" is not a time zone (use an IANA name such as Asia/Shanghai or Europe/Paris).',
    'zh-CN': '--timezone "{value}" 不是有效的时区（请使用 Asia/Shanghai、Europe/Paris 等 IANA 名称）。',
  },
  'language.unknown': {
    en: '--language "{value}" is not supported (use zh-CN or en).',
    'zh-CN': '--language "{value}" 不受支持（请使用 zh-CN 或 en）。',
  },
} as const satisfies Catalogue;

export type CommunitySetupProblemCode = keyof typeof communitySetupMessages;

/** One line per problem, in the reader's language. */
export function communitySetupProblemTexts(
  problems: readonly { readonly code: CommunitySetupProblemCode; readonly value?: string; readonly max?: number }[],
  locale: Locale,
): string[] {
  return problems.map((p) => translate(communitySetupMessages, locale, p.code, { value: p.value ?? '', max: p.max }));
}
