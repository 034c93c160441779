import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** The onboarding direct messages (welcome on the first day, profile nudge on day 3), in both languages. */
export const onboardingMessages = {
  'onboarding.welcome.title': { en: 'Welcome to {club}', 'zh-CN': '欢迎加入「{club}」' },
  'onboarding.welcome.text': {
    en: 'Your membership has started, {name}. Three ways to get value from the club from day one:',
    'zh-CN': '{name}，你的会籍已经开始。从第一天起，这三件事能帮你从社群获得价值：',
  },
  'onboarding.welcome.ask': {
    en: 'Ask the coaches anything with /ask: your question is answered privately.',
    'zh-CN': '用 /ask 向导师提问：问题会被私下解答。',
  },
  'onboarding.welcome.profile': {
    en: 'Fill in your profile with /profile: what you do, offer and look for. It is how members find you and how introductions are made.',
    'zh-CN': '用 /profile 完善你的资料：你做什么、能提供什么、在寻找什么。会员通过它找到你，引荐也基于它。',
  },
  'onboarding.welcome.lesson': {
    en: 'Next lesson: {title}, {when}. See all lessons with /lessons.',
    'zh-CN': '下一节课：{title}，{when}。用 /lessons 查看全部课程。',
  },
  'onboarding.welcome.lessons': {
    en: 'See the lessons with /lessons.',
    'zh-CN': '用 /lessons 查看课程。',
  },
  'onboarding.nudge.title': { en: 'Members cannot find you yet', 'zh-CN': '其他会员还找不到你' },
  'onboarding.nudge.text': {
    en: 'Your profile in {club} is still empty, {name}. Two minutes with /profile (what you do, offer and look for) let members find you and the club introduce you to the right people.',
    'zh-CN':
      '{name}，你在「{club}」的资料还是空的。花两分钟用 /profile 填写你做什么、能提供什么、在寻找什么，会员就能找到你，社群也能为你引荐合适的人。',
  },
} as const satisfies Catalogue;

export type OnboardingKey = keyof typeof onboardingMessages;

/** One onboarding text in a locale, with `{placeholders}` filled. */
export function onboardingText(locale: Locale, key: OnboardingKey, params?: Readonly<Record<string, unknown>>): string {
  return translate(onboardingMessages, locale, key, params);
}
