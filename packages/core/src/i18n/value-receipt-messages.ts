import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** The renewal value receipt ("your year in the club") and the owners' alert, in both languages. */
export const valueReceiptMessages = {
  'receipt.title': { en: 'Your year in {club}', 'zh-CN': '你在「{club}」的年度价值清单' },
  'receipt.intro': {
    en: 'Your membership is up for renewal on {endDate}. Here is what this year gave you, and what you gave the club.',
    'zh-CN': '你的会籍将于 {endDate} 到期续费。以下是这一年你从社群获得的，以及你为社群付出的。',
  },
  'receipt.got': { en: 'What you got', 'zh-CN': '你的收获' },
  'receipt.gave': { en: 'What you gave', 'zh-CN': '你的付出' },
  'receipt.lessons': { en: 'Lessons attended: {count}', 'zh-CN': '参加课程 {count} 节' },
  'receipt.questions': { en: 'Questions answered: {count}', 'zh-CN': '{count} 个提问获得解答' },
  'receipt.questionsBy': {
    en: 'Questions answered: {count}, by {names}',
    'zh-CN': '{count} 个提问获得解答，解答者：{names}',
  },
  'receipt.intros': { en: 'Introductions made for you: {count}', 'zh-CN': '获得引荐 {count} 次' },
  'receipt.deals': { en: 'Deals closed: {count}, worth {value}', 'zh-CN': '成交 {count} 笔，金额 {value}' },
  'receipt.contributions': {
    en: 'Contributions to other members: {count} ({points} points)',
    'zh-CN': '为其他会员作出价值贡献 {count} 次（{points} 分）',
  },
  'receipt.nothingGiven': {
    en: 'No contributions yet: answering a question or making an introduction is a good start.',
    'zh-CN': '暂无价值贡献：回答一个问题或引荐一位会员，就是很好的开始。',
  },
  'receipt.outro': { en: 'Thank you for being part of the club.', 'zh-CN': '感谢你这一年的参与。' },
  'receipt.alert.title': { en: 'A member got little this year', 'zh-CN': '有会员这一年收获很少' },
  'receipt.alert.text': {
    en: '{name}’s membership is up for renewal on {endDate}; this year they neither took part nor contributed (no lessons, answers, introductions or deals). A call from a host may help more than a renewal reminder.',
    'zh-CN':
      '{name} 的会籍将于 {endDate} 到期，这一年没有参与也没有贡献（没有课程、解答、引荐或成交）。由群主或管理员主动联系，可能比续费提醒更有帮助。',
  },
} as const satisfies Catalogue;

export type ValueReceiptKey = keyof typeof valueReceiptMessages;

/** One text of the value receipt in a locale, with `{placeholders}` filled. */
export function valueReceiptText(
  locale: Locale,
  key: ValueReceiptKey,
  params?: Readonly<Record<string, unknown>>,
): string {
  return translate(valueReceiptMessages, locale, key, params);
}
