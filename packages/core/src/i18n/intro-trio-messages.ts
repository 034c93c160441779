import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** Direct-message texts of group introductions of three, in zh-CN and en. */
export const introTrioMessages = {
  'trio.proposed.title': { en: 'A new introduction, for three', 'zh-CN': '新的三方引荐' },
  'trio.proposed.text': {
    en: 'We think you, {b} and {c} should meet, the three of you together. If all three of you accept, we will introduce you to each other.',
    'zh-CN': '我们觉得你、{b}和{c}三位值得一起认识。三位都接受后，我们会为你们三方牵线。',
  },
  'trio.proposed.hint': {
    en: 'This introduction stays open for {days} days. Declining is fine: nobody is told who declined or why.',
    'zh-CN': '此引荐 {days} 天内有效。婉拒也没关系，我们不会告知其他人是谁婉拒或原因。',
  },
  'trio.introduced.title': { en: 'The three of you are connected', 'zh-CN': '三方引荐成功' },
  'trio.introduced.text': {
    en: 'You, {b} and {c} all accepted. Say hello! In {days} days we will ask whether it led to business.',
    'zh-CN': '你、{b}和{c}都接受了引荐，去打个招呼吧！{days} 天后我们会问问你们是否促成了合作。',
  },
  'trio.group.title': { en: 'Meet each other, the three of you', 'zh-CN': '三方认识一下' },
  'trio.group.text': {
    en: '{a}, {b} and {c}: all three of you accepted the introduction, so here you are together. Say hello! In {days} days we will ask whether it led to business.',
    'zh-CN':
      '{a}、{b}、{c}：你们三位都接受了引荐，我们把你们拉到了一起，打个招呼吧！{days} 天后我们会问问你们是否促成了合作。',
  },
  'trio.field.member': { en: 'About {name}', 'zh-CN': '关于{name}' },
  'trio.field.why_with': { en: 'Why you and {name}', 'zh-CN': '你和{name}的推荐理由' },
  'trio.field.reach': { en: 'How to reach {name}', 'zh-CN': '如何联系{name}' },
  'trio.no_contact': {
    en: 'You are on different platforms and {name} has not shared contact details. Add yours with /profile (Contact for introductions), and ask the club staff to put you in touch this time.',
    'zh-CN':
      '你们在不同的平台上，{name}没有留下联系方式。请用 /profile 添加你的「引荐联系方式」，这次可以请社群管理团队帮你们牵线。',
  },
} satisfies Catalogue;

export type IntroTrioMessageKey = keyof typeof introTrioMessages;

/** A group-of-three text in the reader's language. */
export function trioText(locale: Locale, key: IntroTrioMessageKey, params?: Readonly<Record<string, unknown>>): string {
  return translate(introTrioMessages, locale, key, params);
}
