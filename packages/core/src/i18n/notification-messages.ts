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
  'payment.instructions_missing': {
    en: 'The host has not set payment instructions yet; they will contact you about how to pay.',
    'zh-CN': '社群主理人尚未设置付款方式，将会联系你告知如何付款。',
  },
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
  'application.approved.title': {
    en: 'Welcome: your application is approved',
    'zh-CN': '欢迎加入：你的入会申请已通过',
  },
  'application.approved.text': {
    en: 'Congratulations, {name}! {club} has approved your application. To become a member, pay the membership fee of {fee}. Once the club has confirmed your payment, you get access to the members-only channels.',
    'zh-CN':
      '恭喜你，{name}！{club} 已通过你的入会申请。缴纳会费 {fee} 后即成为会员；社群确认收款后，你将获得会员专属频道的权限。',
  },
  'application.approved.confirm': {
    en: 'After paying, reply to the club with your payment reference (transfer number or screenshot) so staff can confirm it. Check your status any time with /me.',
    'zh-CN': '付款后，请把付款凭证（转账单号或截图）发给社群管理员确认。随时可用 /me 查看会籍状态。',
  },
  'application.rejected.title': { en: 'About your application', 'zh-CN': '关于你的入会申请' },
  'application.rejected.text': {
    en: 'Thank you for your interest in {club}, {name}. After careful consideration, we are not able to accept your application at this time. We wish you every success.',
    'zh-CN': '{name}，感谢你对 {club} 的关注。经过认真考虑，我们这次无法通过你的入会申请。祝你一切顺利。',
  },
  'application.info.title': { en: 'A question about your application', 'zh-CN': '关于你的入会申请，需要补充信息' },
  'application.info.text': {
    en: 'The club needs a little more information before deciding on your application. Please answer the question below.',
    'zh-CN': '审核你的入会申请前，社群需要你补充一些信息，请回答以下问题。',
  },
  'application.info.answer': { en: 'Answer', 'zh-CN': '回答' },
  'application.answered.title': { en: 'An applicant answered your question', 'zh-CN': '申请人已回复你的问题' },
  'application.answered.text': {
    en: '{name} answered your question; the application is back in the vetting queue, marked "answered".',
    'zh-CN': '{name} 回复了你的问题，这份申请已回到审核队列，标记为「已回复」。',
  },
  'application.vouch.title': { en: 'Can you vouch for a new applicant?', 'zh-CN': '你愿意为新申请人担保吗？' },
  'application.vouch.text': {
    en: '{name} applied to join the club and named you as their referrer. If you know them and can vouch for them, press the button.',
    'zh-CN': '{name} 申请加入社群，并填写你为推荐人。如果你认识并愿意为其担保，请点击下方按钮。',
  },
  'application.vouch.button': { en: 'I vouch for them', 'zh-CN': '我愿意担保' },
  'field.question': { en: 'Question', 'zh-CN': '问题' },
  'field.fee': { en: 'Membership fee', 'zh-CN': '会费' },
  'field.company': { en: 'Company', 'zh-CN': '公司' },
  'field.how_to_confirm': { en: 'How to confirm payment', 'zh-CN': '如何确认付款' },
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
