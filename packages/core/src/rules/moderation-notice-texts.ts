import type { Catalogue } from '../i18n/translate.js';

/**
 * What automatic moderation tells people: the member whose message broke a rule (by DM, in their language) and the
 * moderators (in the club's log channel, in the club's language).
 */
export const moderationNoticeTexts: Catalogue<
  | 'member.title.removed'
  | 'member.title.reported'
  | 'member.text.removed'
  | 'member.text.reported'
  | 'member.rule'
  | 'member.message'
  | 'member.next'
  | 'member.next.warning'
  | 'member.next.timeout'
  | 'member.next.case'
  | 'member.strikes'
  | 'member.appeal'
  | 'member.appealText'
  | 'log.title'
  | 'log.member'
  | 'log.channel'
  | 'log.rules'
  | 'log.action'
  | 'log.action.removed'
  | 'log.action.notPermitted'
  | 'log.action.failed'
  | 'log.action.review'
  | 'log.action.timeout'
  | 'log.action.case'
  | 'log.message'
  | 'log.case'
  | 'escalation.reason'
> = {
  'member.title.removed': { en: 'Your message was removed', 'zh-CN': '你的消息已被删除' },
  'member.title.reported': { en: 'Your message breaks a club rule', 'zh-CN': '你的消息违反了社群规则' },
  'member.text.removed': {
    en: 'Your message in {club} was removed automatically because it breaks a rule of the club.',
    'zh-CN': '你在「{club}」发送的消息违反了社群规则，已被自动删除。',
  },
  'member.text.reported': {
    en: 'Your message in {club} breaks a rule of the club; it is recorded for the moderators, who will remove it.',
    'zh-CN': '你在「{club}」发送的消息违反了社群规则，已记录并交由管理员删除。',
  },
  'member.rule': { en: 'Rule: {title}', 'zh-CN': '规则：{title}' },
  'member.message': { en: 'Your message', 'zh-CN': '你的消息' },
  'member.next': { en: 'What happens now', 'zh-CN': '处理结果' },
  'member.next.warning': { en: 'This is a warning.', 'zh-CN': '这是一次警告。' },
  'member.next.timeout': {
    en: 'You cannot post in the club for {minutes} minutes.',
    'zh-CN': '你在 {minutes} 分钟内不能在社群发言。',
  },
  'member.next.case': {
    en: 'The moderators will review your membership.',
    'zh-CN': '管理员将审议你的会籍。',
  },
  'member.strikes': {
    en: 'Active strikes: {count}. A strike stops counting after {days} days.',
    'zh-CN': '当前有效违规记录：{count} 次。每次记录 {days} 天后失效。',
  },
  'member.appeal': { en: 'Think this is a mistake?', 'zh-CN': '认为处理有误？' },
  'member.appealText': {
    en: 'Send /appeal in the club and a moderator will look at it again.',
    'zh-CN': '请在社群中发送 /appeal，管理员会重新审核。',
  },
  'log.title': { en: 'Automatic moderation', 'zh-CN': '自动审核' },
  'log.member': { en: 'Member', 'zh-CN': '成员' },
  'log.channel': { en: 'Channel', 'zh-CN': '频道' },
  'log.rules': { en: 'Rules', 'zh-CN': '规则' },
  'log.action': { en: 'Action', 'zh-CN': '处理' },
  'log.action.removed': { en: 'Message removed', 'zh-CN': '消息已删除' },
  'log.action.notPermitted': {
    en: 'The bot may not remove this message: please remove it by hand',
    'zh-CN': '机器人无权删除这条消息，请手动删除',
  },
  'log.action.failed': {
    en: 'The bot could not remove this message (the platform refused or failed): please remove it by hand',
    'zh-CN': '机器人未能删除这条消息（平台拒绝或出错），请手动删除',
  },
  'log.action.review': {
    en: 'Held for review: the message is still up; decide on the case',
    'zh-CN': '待审核：消息仍保留，请处理该案件',
  },
  'log.action.timeout': { en: 'Timed out for {minutes} minutes', 'zh-CN': '禁言 {minutes} 分钟' },
  'log.action.case': {
    en: '{count} active strikes: a case recommending removal from the club was opened',
    'zh-CN': '有效违规 {count} 次：已开立建议移出社群的案件',
  },
  'log.message': { en: 'Message', 'zh-CN': '消息内容' },
  'log.case': { en: 'Case', 'zh-CN': '案件' },
  'escalation.reason': {
    en: '{count} active strikes (latest: {rules}); removal from the club recommended',
    'zh-CN': '有效违规 {count} 次（最近：{rules}），建议移出社群',
  },
};
