import type { Catalogue } from '../i18n/translate.js';

/**
 * Every DomainError code with its text for people, in zh-CN and en.
 * The keys are the stable codes; the edge (bots, API, CLI) picks the text.
 */
export const errorMessages = {
  'validation.invalid': {
    en: 'Please check {field}: {reason}',
    'zh-CN': '请检查「{field}」：{reason}',
  },
  'validation.too_long': {
    en: '{field} is too long (at most {max} characters).',
    'zh-CN': '「{field}」太长了（最多 {max} 个字符）。',
  },
  'validation.required': {
    en: '{field} is required.',
    'zh-CN': '「{field}」为必填项。',
  },
  'community.not_found': {
    en: 'This club does not exist.',
    'zh-CN': '找不到这个社群。',
  },
  'community.invalid_settings': {
    en: 'The club settings are invalid: {reason}',
    'zh-CN': '社群设置无效：{reason}',
  },
  'member.not_found': {
    en: 'No such member.',
    'zh-CN': '找不到这位会员。',
  },
  'member.handle_taken': {
    en: 'The handle {handle} is already used in this club.',
    'zh-CN': '昵称 {handle} 已被本社群的其他人使用。',
  },
  'account.not_linked': {
    en: 'Your account is not linked to a membership yet. Use /apply to join, or /link if you are already a member on another platform.',
    'zh-CN': '你的账号尚未关联会籍。请用 /apply 申请入会；如果你已在其他平台入会，请用 /link 关联。',
  },
  'account.already_linked': {
    en: 'This account is already linked to a member.',
    'zh-CN': '这个账号已经关联了会员。',
  },
  'link.code_invalid': {
    en: 'That link code is not valid. Ask for a new one with /link on your other platform.',
    'zh-CN': '关联码无效。请在另一个平台上用 /link 重新获取。',
  },
  'link.code_expired': {
    en: 'That link code has expired. Ask for a new one with /link.',
    'zh-CN': '关联码已过期，请用 /link 重新获取。',
  },
  'application.not_found': {
    en: 'No such application.',
    'zh-CN': '找不到这份入会申请。',
  },
  'application.already_pending': {
    en: 'You already have an application under review. We will message you when it is decided.',
    'zh-CN': '你已有一份入会申请正在审核中，审核结果出来后我们会通知你。',
  },
  'application.already_member': {
    en: 'You are already a member of this club.',
    'zh-CN': '你已经是本社群的会员了。',
  },
  'application.already_decided': {
    en: 'This application was already {status}.',
    'zh-CN': '这份申请已经处理过了（{status}）。',
  },
  'application.pledge_required': {
    en: 'To join you must agree to the club values.',
    'zh-CN': '入会需要认同并遵守社群价值观。',
  },
  'application.reason_required': {
    en: 'Please give a reason.',
    'zh-CN': '请填写原因。',
  },
  'application.not_awaiting_info': {
    en: 'This application is not waiting for more information.',
    'zh-CN': '这份申请目前不需要补充资料。',
  },
  'payment.application_not_approved': {
    en: 'A payment can only be recorded for an approved application (this one is {status}).',
    'zh-CN': '只有审核通过的申请才能登记付款（当前状态：{status}）。',
  },
  'payment.invalid_amount': {
    en: 'The amount must be a positive number.',
    'zh-CN': '金额必须是正数。',
  },
  'payment.absurd_amount': {
    en: 'The amount {amount} {currency} is far above the membership fee; please check it.',
    'zh-CN': '金额 {amount} {currency} 远高于会费，请核对。',
  },
  'payment.unknown_currency': {
    en: '{currency} is not a currency we know (use an ISO code such as CNY or USD).',
    'zh-CN': '无法识别货币 {currency}（请使用 CNY、USD 等 ISO 代码）。',
  },
  'payment.currency_not_accepted': {
    en: 'This club does not accept payments in {currency}.',
    'zh-CN': '本社群不接受 {currency} 付款。',
  },
  'payment.duplicate_reference': {
    en: 'A payment with reference {reference} is already recorded.',
    'zh-CN': '付款凭证号 {reference} 已经登记过了。',
  },
  'membership.none': {
    en: 'You do not have a membership yet.',
    'zh-CN': '你还没有会籍。',
  },
  'membership.expired': {
    en: 'Your membership has lapsed. Renew it to use this.',
    'zh-CN': '你的会籍已过期，续费后即可使用。',
  },
  'membership.invalid_extension': {
    en: 'An extension must be between 1 and 365 days.',
    'zh-CN': '延期天数必须在 1 到 365 天之间。',
  },
  'auth.forbidden': {
    en: 'You are not allowed to do this.',
    'zh-CN': '你没有权限执行此操作。',
  },
  'auth.staff_only': {
    en: 'Only the club staff can do this.',
    'zh-CN': '只有社群管理团队可以执行此操作。',
  },
  'auth.login_link_invalid': {
    en: 'This login link is invalid or was already used.',
    'zh-CN': '登录链接无效或已被使用。',
  },
  'auth.login_link_expired': {
    en: 'This login link has expired. Ask for a new one.',
    'zh-CN': '登录链接已过期，请重新获取。',
  },
  'auth.session_expired': {
    en: 'Your session has expired. Please sign in again.',
    'zh-CN': '登录已过期，请重新登录。',
  },
  'lesson.not_found': { en: 'No such lesson.', 'zh-CN': '找不到这节课程。' },
  'lesson.cancelled': { en: 'This lesson was cancelled.', 'zh-CN': '这节课程已取消。' },
  'lesson.in_past': { en: 'This lesson has already taken place.', 'zh-CN': '这节课程已经结束了。' },
  'lesson.invalid_schedule': {
    en: 'The lesson schedule is invalid: {reason}',
    'zh-CN': '课程时间设置无效：{reason}',
  },
  'question.not_found': { en: 'No such question.', 'zh-CN': '找不到这个提问。' },
  'question.already_answered': {
    en: 'This question was already answered.',
    'zh-CN': '这个提问已经回答过了。',
  },
  'intro.not_found': { en: 'No such introduction.', 'zh-CN': '找不到这条引荐。' },
  'intro.not_party': {
    en: 'This introduction is not addressed to you.',
    'zh-CN': '这条引荐与你无关。',
  },
  'intro.already_decided': {
    en: 'You already answered this introduction.',
    'zh-CN': '你已经回复过这条引荐。',
  },
  'deal.invalid': { en: 'The deal is invalid: {reason}', 'zh-CN': '合作记录无效：{reason}' },
  'supplier.not_found': { en: 'No such supplier.', 'zh-CN': '找不到这家供应商。' },
  'case.not_found': { en: 'No such moderation case.', 'zh-CN': '找不到这条违规处理记录。' },
  'feature.coming_soon': {
    en: 'This is coming soon.',
    'zh-CN': '该功能即将上线，敬请期待。',
  },
  'internal.unexpected': {
    en: 'Something went wrong on our side. Please try again in a moment.',
    'zh-CN': '系统出了点问题，请稍后再试。',
  },
} as const satisfies Catalogue;

export type ErrorCode = keyof typeof errorMessages;
