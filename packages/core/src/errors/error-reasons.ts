import type { Texts } from '../i18n/translate.js';

/**
 * Reasons that fill `{reason}` in error texts (`validation.invalid`...), in every language: `translate`
 * picks the reader's, so a zh-CN message never carries an English reason.
 */
export const REASONS = {
  wholeNumber: { en: 'whole number', 'zh-CN': '请填写整数' },
  number: { en: 'number', 'zh-CN': '请填写数字' },
  textExpected: { en: 'text expected', 'zh-CN': '请填写文字' },
  notAnEmail: { en: 'not an email address', 'zh-CN': '不是有效的邮箱地址' },
  notAnId: { en: 'not an id', 'zh-CN': '不是有效的编号' },
  noSuchMember: { en: 'no such member', 'zh-CN': '找不到这位会员' },
  notAMemberOfThisClub: { en: 'not a member of this club', 'zh-CN': '不是本社群的会员' },
  trueOrFalse: { en: 'true or false', 'zh-CN': '只能是 true 或 false' },
  objectExpected: { en: 'object expected', 'zh-CN': '格式不正确' },
  unknownField: { en: 'unknown field', 'zh-CN': '未知字段' },
  unknownTimezone: { en: 'unknown timezone', 'zh-CN': '未知时区' },
  notYourself: { en: 'not yourself', 'zh-CN': '不能填写你自己' },
  notALink: { en: 'not a link', 'zh-CN': '不是有效的链接' },
  notADateTime: { en: 'not a date and time', 'zh-CN': '不是有效的日期和时间' },
  aListOfMembers: { en: 'a list of members', 'zh-CN': '请提供会员列表' },
  aListOfCategories: { en: 'a list of categories', 'zh-CN': '请提供类别列表' },
  slugCharacters: { en: 'use a-z, 0-9 and -', 'zh-CN': '只能使用 a-z、0-9 和 -' },
  alreadyUsed: { en: 'already used', 'zh-CN': '已被使用' },
  ratingRange: { en: 'a whole number from 1 to 5', 'zh-CN': '请填写 1 到 5 的整数' },
  notAGuest: { en: 'not a guest expert of this club', 'zh-CN': '不是本社群的嘉宾' },
  startHourRequired: {
    en: 'BYHOUR is required: at what hour do lessons start?',
    'zh-CN': '需要 BYHOUR：课程几点开始？',
  },
} as const satisfies Readonly<Record<string, Texts>>;

/** `at most N` (items in a list). */
export function atMost(max: number): Texts {
  return { en: `at most ${max}`, 'zh-CN': `最多 ${max} 项` };
}

/** `unknown timezone "X"`. */
export function unknownTimezone(timezone: string): Texts {
  return { en: `unknown timezone "${timezone}"`, 'zh-CN': `未知时区「${timezone}」` };
}

/** `a date within N days`. */
export function withinDays(days: number): Texts {
  return { en: `a date within ${days} days`, 'zh-CN': `请选择 ${days} 天内的日期` };
}

/** `MIN–MAX minutes`. */
export function minutesRange(min: number, max: number): Texts {
  return { en: `${min}–${max} minutes`, 'zh-CN': `${min}–${max} 分钟` };
}
