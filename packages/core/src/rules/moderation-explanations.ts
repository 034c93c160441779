import type { ModerationAction, ModerationPreset, ModerationRuleId, StrikeStep } from '../domain/moderation-rules.js';
import type { Locale } from '../i18n/locale.js';
import { type Catalogue, translate } from '../i18n/translate.js';

/** Every rule explains itself in both languages: a short name and the reason shown to members and moderators. */
export const moderationRuleTexts: Catalogue<`${ModerationRuleId}.${'title' | 'why'}`> = {
  'ad.link.title': { en: 'Links to other sites', 'zh-CN': '外部链接' },
  'ad.link.why': {
    en: 'Links to sites that are not on the club’s list of allowed sites are checked by a moderator first, so the club stays free of advertising.',
    'zh-CN': '指向本社群允许名单以外网站的链接需先经管理员审核，以免群内出现广告。',
  },
  'ad.invite.title': { en: 'Invitations to other groups', 'zh-CN': '拉人进其他群' },
  'ad.invite.why': {
    en: 'Invitations to other Discord servers, Slack workspaces or WeChat, QQ, Telegram or WhatsApp groups are not allowed here.',
    'zh-CN': '本群不允许邀请成员加入其他 Discord 服务器、Slack 工作区或微信群、QQ群、Telegram、WhatsApp 群。',
  },
  'ad.contact.title': { en: 'Moving people to private contact', 'zh-CN': '引导私下联系' },
  'ad.contact.why': {
    en: 'Posting contact details or asking members to add you privately (WeChat, phone, QQ...) is a form of advertising here; use the club’s introductions instead.',
    'zh-CN': '在群里留联系方式或让大家加你微信、电话、QQ 等属于广告行为；想认识成员请使用社群的「引荐」功能。',
  },
  'ad.excluded.title': { en: 'Excluded topics', 'zh-CN': '禁入话题推广' },
  'ad.excluded.why': {
    en: 'The club does not allow promotion of crypto coins, trading signals, MLM or "financial products", or promises of guaranteed returns.',
    'zh-CN': '本社群禁止推广币圈项目、带单喊单、资金盘、拉人头、传销或「理财产品」，也禁止承诺保本高收益。',
  },
  'flood.rate.title': { en: 'Too many messages', 'zh-CN': '刷屏' },
  'flood.rate.why': {
    en: 'Many messages in a few seconds drown out the conversation; please write one message with everything in it.',
    'zh-CN': '短时间内连续发送大量消息会淹没其他人的发言，请把内容合并成一条发送。',
  },
  'flood.repeat.title': { en: 'Repeated message', 'zh-CN': '重复发送' },
  'flood.repeat.why': {
    en: 'The same message posted again, here or in another channel, is removed; once is enough.',
    'zh-CN': '同一条消息在本频道或其他频道重复发送会被删除，发一次就够了。',
  },
  'flood.mentions.title': { en: 'Mass mentions', 'zh-CN': '大量@成员' },
  'flood.mentions.why': {
    en: 'Mentioning many people (or everyone) at once is held for a moderator to check.',
    'zh-CN': '一次@很多人（或@所有人）的消息需经管理员审核。',
  },
  'sandbox.title': { en: 'Newcomer limits', 'zh-CN': '新人限制' },
  'sandbox.why': {
    en: 'During your first days in the club, messages with links or contact details are checked by a moderator before they stay up.',
    'zh-CN': '入群初期，带链接或联系方式的消息需经管理员审核后才会保留。',
  },
};

export const moderationPresetTexts: Catalogue<`${ModerationPreset}.${'title' | 'why'}`> = {
  'strict.title': { en: 'Strict', 'zh-CN': '严格' },
  'strict.why': {
    en: 'Outside links are deleted, mass mentions are deleted, newcomers are limited for 14 days.',
    'zh-CN': '外部链接直接删除，大量@直接删除，新人限制 14 天。',
  },
  'standard.title': { en: 'Standard', 'zh-CN': '标准' },
  'standard.why': {
    en: 'Ads, invitations and excluded topics are deleted when certain; outside links and doubtful cases go to moderators; newcomers are limited for 7 days.',
    'zh-CN': '确定的广告、拉群和禁入话题直接删除；外部链接和不确定的情况交管理员审核；新人限制 7 天。',
  },
  'relaxed.title': { en: 'Relaxed', 'zh-CN': '宽松' },
  'relaxed.why': {
    en: 'Links are allowed, contact details go to moderators, only clear invitations and excluded topics are deleted; no newcomer limits.',
    'zh-CN': '允许链接，联系方式交管理员审核，只删除明确的拉群和禁入话题；不限制新人。',
  },
};

export const moderationActionTexts: Catalogue<ModerationAction> = {
  allow: { en: 'Allowed', 'zh-CN': '通过' },
  review: { en: 'Held for review', 'zh-CN': '待审核' },
  delete: { en: 'Deleted', 'zh-CN': '已删除' },
};

/** What each step of the strike ladder means for the member, for the direct message they receive. */
export const strikeStepTexts: Catalogue<StrikeStep> = {
  warning: {
    en: 'This is a warning; repeated breaches lead to a timeout and then a review of your membership.',
    'zh-CN': '这是一次警告；再次违规将被禁言，之后管理员会审议你的会籍。',
  },
  timeout: {
    en: 'You cannot post for {minutes} minutes. Another breach sends your membership to the moderators for review.',
    'zh-CN': '你将被禁言 {minutes} 分钟。再次违规将由管理员审议你的会籍。',
  },
  case: {
    en: 'The moderators will review your membership. You can explain yourself with /appeal.',
    'zh-CN': '管理员将审议你的会籍。你可以通过 /appeal 提出申诉。',
  },
};

/** A rule's name and reason in the reader's language. */
export function explainModerationRule(rule: ModerationRuleId, locale: Locale): { title: string; why: string } {
  return {
    title: translate(moderationRuleTexts, locale, `${rule}.title`),
    why: translate(moderationRuleTexts, locale, `${rule}.why`),
  };
}
