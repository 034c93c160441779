import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/**
 * Every direct-message text a member sees (reminders, lesson changes, renewals...), in zh-CN and en.
 * Use cases build their messages from here, so wording lives in one place and both languages stay complete.
 */
export const notificationMessages = {
  'field.when': { en: 'When', 'zh-CN': '时间' },
  'field.where': { en: 'Where', 'zh-CN': '地点' },
  'field.speaker': { en: 'Speaker', 'zh-CN': '主讲' },
  'field.reason': { en: 'Reason', 'zh-CN': '原因' },
  'field.materials': { en: 'Materials', 'zh-CN': '课程资料' },
  'field.replay': { en: 'Replay', 'zh-CN': '回放' },
  'field.how_to_pay': { en: 'How to pay', 'zh-CN': '付款方式' },
  'lesson.reminder.title': { en: 'Lesson reminder', 'zh-CN': '课程提醒' },
  'lesson.reminder.text': {
    en: '"{title}" starts in {remaining}. See you there!',
    'zh-CN': '「{title}」将在 {remaining}后开始，不见不散！',
  },
  'lesson.reminder.hint': {
    en: 'You can change your reminder time or mute reminders in /lessons.',
    'zh-CN': '可在 /lessons 中修改提醒时间或关闭提醒。',
  },
  'lesson.changed.title': { en: 'Lesson updated', 'zh-CN': '课程有变动' },
  'lesson.changed.text': {
    en: '"{title}", which you signed up for, has changed. Here are the new details.',
    'zh-CN': '你报名的「{title}」有变动，以下是最新信息。',
  },
  'lesson.cancelled.title': { en: 'Lesson cancelled', 'zh-CN': '课程已取消' },
  'lesson.cancelled.text': {
    en: 'Sorry: "{title}" on {when} is cancelled.',
    'zh-CN': '抱歉，原定于 {when} 的「{title}」已取消。',
  },
  'lesson.promoted.title': { en: 'You have a seat', 'zh-CN': '候补成功' },
  'lesson.promoted.text': {
    en: 'A seat opened up: you are now signed up for "{title}" on {when}. If you cannot come, please cancel so the next person can join.',
    'zh-CN': '有名额空出，你已成功报名 {when} 的「{title}」。如不能参加，请及时取消报名，把名额留给其他人。',
  },
  'lesson.materials.title': { en: 'Lesson materials', 'zh-CN': '课程资料' },
  'lesson.materials.text': {
    en: 'Thank you for joining "{title}". Here are the materials and the replay.',
    'zh-CN': '感谢参加「{title}」，课程资料和回放如下。',
  },
  'renewal.reminder.title': { en: 'Membership renewal', 'zh-CN': '会籍续费提醒' },
  'renewal.reminder.text': {
    en: 'Your membership ends on {endDate} (in {remaining}). To renew, pay the membership fee of {fee}.',
    'zh-CN': '你的会籍将于 {endDate} 到期（还有 {remaining}）。续费请支付会费 {fee}。',
  },
  'renewal.grace.title': { en: 'Your membership has ended', 'zh-CN': '会籍已到期' },
  'renewal.grace.text': {
    en: 'Your membership ended on {endDate}. You keep access during the grace period until {graceEndDate}; renew before then ({fee}) to keep your place.',
    'zh-CN':
      '你的会籍已于 {endDate} 到期。宽限期内（至 {graceEndDate}）仍可正常使用，请在此之前续费（会费 {fee}）以保留会籍。',
  },
  'renewal.lapsed.title': { en: 'Membership lapsed', 'zh-CN': '会籍已过期' },
  'renewal.lapsed.text': {
    en: 'Your membership has lapsed and your member access was removed. Pay the membership fee of {fee} at any time to come back: access returns as soon as the payment is recorded.',
    'zh-CN': '你的会籍已过期，会员权限已移除。随时支付会费 {fee} 即可恢复，付款登记后权限会立即恢复。',
  },
  'renewals.summary.title': { en: 'Renewals · {date}', 'zh-CN': '续费日报 · {date}' },
  'renewals.summary.text': {
    en: 'Due in the next {days} days: {due}. In grace period: {grace}. Lapsed yesterday: {lapsed}.',
    'zh-CN': '{days} 天内到期：{due} 人；宽限期中：{grace} 人；昨日过期：{lapsed} 人。',
  },
  'renewals.summary.due': { en: 'Due in the next {days} days', 'zh-CN': '{days} 天内到期' },
  'renewals.summary.grace': { en: 'In grace period', 'zh-CN': '宽限期中' },
  'renewals.summary.lapsed': { en: 'Lapsed yesterday', 'zh-CN': '昨日过期' },
  'renewals.summary.entry': { en: '{name} · ends {date}', 'zh-CN': '{name} · {date} 到期' },
  'renewals.summary.more': { en: '… and {count} more', 'zh-CN': '……另有 {count} 人' },
  'calendar.name': { en: '{club} lessons', 'zh-CN': '{club} 课程' },
  'calendar.speaker': { en: 'Speaker: {name}', 'zh-CN': '主讲：{name}' },
  'calendar.materials': { en: 'Materials: {url}', 'zh-CN': '课程资料：{url}' },
  'calendar.replay': { en: 'Replay: {url}', 'zh-CN': '回放：{url}' },
} as const satisfies Catalogue;

export type NotificationKey = keyof typeof notificationMessages;

/** The text of one notification key in a locale, with `{placeholders}` filled. */
export function notificationText(
  locale: Locale,
  key: NotificationKey,
  params?: Readonly<Record<string, unknown>>,
): string {
  return translate(notificationMessages, locale, key, params);
}
