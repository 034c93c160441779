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
  'validation.bad_cursor': {
    en: 'This page link is not valid any more: start again from the first page.',
    'zh-CN': '这个翻页链接已失效，请从第一页重新开始。',
  },
  'community.not_found': {
    en: 'This club does not exist.',
    'zh-CN': '找不到这个社群。',
  },
  'community.setup_invalid': {
    en: 'The club was not created; fix the values below and run the command again.',
    'zh-CN': '社群未创建；请修正以下各项后重新运行命令。',
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
  'guest.contact_required': {
    en: 'Give the guest’s email or a platform account (at least one) to invite them.',
    'zh-CN': '请填写嘉宾的邮箱或平台账号（至少一项）。',
  },
  'guest.workspace_unknown': {
    en: 'This club has no single {platform} workspace to find that account in: connect it in Settings first, or name the workspace.',
    'zh-CN': '本社群没有唯一的 {platform} 工作区可用来查找该账号：请先在设置中连接，或填写工作区。',
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
  'application.none_open': {
    en: 'You have no application under review.',
    'zh-CN': '你目前没有正在审核的入会申请。',
  },
  'application.not_referrer': {
    en: 'Only the member this applicant named as their referrer can vouch for them.',
    'zh-CN': '只有申请人填写的推荐人才能为其担保。',
  },
  'application.referrer_is_applicant': {
    en: 'You cannot name yourself as your referrer.',
    'zh-CN': '不能填写自己作为推荐人。',
  },
  'payment.discount_reason_required': {
    en: 'The amount {amount} {currency} is below the membership fee ({fee}); please give a discount reason.',
    'zh-CN': '金额 {amount} {currency} 低于会费（{fee}），请填写优惠原因。',
  },
  'payment.paid_at_future': {
    en: 'The payment date cannot be in the future.',
    'zh-CN': '付款日期不能晚于今天。',
  },
  'payment.paid_at_before_application': {
    en: 'The payment date cannot be before the application was submitted ({date}).',
    'zh-CN': '付款日期不能早于提交申请的日期（{date}）。',
  },
  'payment.paid_at_implausible': {
    en: 'The payment date {date} is not plausible; please check the year.',
    'zh-CN': '付款日期 {date} 不合理，请核对年份。',
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
  'coupon.not_found': {
    en: 'The coupon code {code} does not exist.',
    'zh-CN': '优惠码 {code} 不存在。',
  },
  'coupon.expired': {
    en: 'The coupon code {code} expired on {date}.',
    'zh-CN': '优惠码 {code} 已于 {date} 过期。',
  },
  'coupon.used_up': {
    en: 'The coupon code {code} has been used as often as allowed ({limit} times).',
    'zh-CN': '优惠码 {code} 已达到使用次数上限（{limit} 次）。',
  },
  'coupon.wrong_purpose': {
    en: 'The coupon code {code} is only valid for {purpose}.',
    'zh-CN': '优惠码 {code} 仅适用于{purpose}。',
  },
  'coupon.code_taken': {
    en: 'A coupon with the code {code} already exists.',
    'zh-CN': '优惠码 {code} 已存在。',
  },
  'coupon.invalid': {
    en: 'The coupon is not valid: {reason}',
    'zh-CN': '优惠码设置无效：{reason}',
  },
  'pricing.invalid': {
    en: 'The renewal pricing is not valid: {reason}',
    'zh-CN': '续费价格设置无效：{reason}',
  },
  'checkout.not_configured': {
    en: 'Online payment is not set up for this club; please pay as the club describes.',
    'zh-CN': '本社群尚未开通在线支付，请按社群说明的方式付款。',
  },
  'checkout.not_due': {
    en: 'Your membership runs until {date}; renewal opens {days} days before the end.',
    'zh-CN': '你的会籍有效期至 {date}，到期前 {days} 天起可以续费。',
  },
  'payment.not_found': {
    en: 'No such payment.',
    'zh-CN': '找不到这笔付款。',
  },
  'refund.not_found': {
    en: 'No such refund.',
    'zh-CN': '找不到这笔退款。',
  },
  'refund.already_decided': {
    en: 'This refund has already been handled.',
    'zh-CN': '这笔退款已经处理过了。',
  },
  'membership.none': {
    en: 'You do not have a membership yet.',
    'zh-CN': '你还没有会籍。',
  },
  'membership.expired': {
    en: 'Your membership has lapsed. Renew it to use this.',
    'zh-CN': '你的会籍已过期，续费后即可使用。',
  },
  'membership.not_current': {
    en: 'This member has no current membership to end.',
    'zh-CN': '该会员当前没有可终止的会籍。',
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
  'auth.not_signed_in': {
    en: 'Please sign in to the admin panel with a login link.',
    'zh-CN': '请先通过登录链接登录管理后台。',
  },
  'auth.csrf_invalid': {
    en: 'This request could not be verified. Reload the page and try again.',
    'zh-CN': '请求校验失败，请刷新页面后重试。',
  },
  'auth.role_not_held': {
    en: 'This member does not hold the {role} role in this club.',
    'zh-CN': '该会员在本社群没有「{role}」角色。',
  },
  'staff.last_owner': {
    en: 'The club must keep at least one owner.',
    'zh-CN': '社群至少要保留一位群主。',
  },
  'request.not_found': {
    en: 'There is nothing at this address.',
    'zh-CN': '找不到该页面或接口。',
  },
  'request.rate_limited': {
    en: 'Too many requests. Please wait a moment and try again.',
    'zh-CN': '请求过于频繁，请稍后再试。',
  },
  'validation.failed': {
    en: 'Some fields are not valid; please check them.',
    'zh-CN': '部分字段填写有误，请检查。',
  },
  'lesson.not_found': { en: 'No such lesson.', 'zh-CN': '找不到这节课程。' },
  'lesson.cancelled': { en: 'This lesson was cancelled.', 'zh-CN': '这节课程已取消。' },
  'lesson.in_past': { en: 'This lesson has already taken place.', 'zh-CN': '这节课程已经结束了。' },
  'lesson.invalid_schedule': {
    en: 'The lesson schedule is invalid: {reason}',
    'zh-CN': '课程时间设置无效：{reason}',
  },
  'lesson.not_started': {
    en: 'This lesson has not started yet.',
    'zh-CN': '这节课程还没有开始。',
  },
  'lesson.speaker_required': {
    en: 'A guest talk needs the speaker’s name.',
    'zh-CN': '嘉宾分享需要填写嘉宾姓名。',
  },
  'lesson.invalid_reminder_lead': {
    en: 'The reminder time must be between {min} and {max} minutes before the lesson.',
    'zh-CN': '提醒时间必须在课程开始前 {min} 到 {max} 分钟之间。',
  },
  'calendar.token_invalid': {
    en: 'This calendar link is not valid any more. Get a new one with /lessons.',
    'zh-CN': '这个日历链接已失效，请在 /lessons 中重新获取。',
  },
  'question.not_found': { en: 'No such question.', 'zh-CN': '找不到这个提问。' },
  'question.no_follow_up': {
    en: 'No coach is waiting for a reply from you. To ask something new, use /ask; to add to a question, press Reply under it in /questions.',
    'zh-CN': '目前没有导师在等你的回复。提新问题请用 /ask；要补充某个提问，请在 /questions 中点它下面的“回复”。',
  },
  'question.already_answered': {
    en: 'This question was already answered.',
    'zh-CN': '这个提问已经回答过了。',
  },
  'question.closed': { en: 'This question is closed.', 'zh-CN': '这个提问已关闭。' },
  'question.already_claimed': {
    en: 'Another coach has already claimed this question.',
    'zh-CN': '这个提问已被其他教练认领。',
  },
  'library.not_found': { en: 'No such library entry.', 'zh-CN': '找不到这条精华。' },
  'faq.not_found': { en: 'No such FAQ entry.', 'zh-CN': '找不到这条常见问题。' },
  'faq.no_consent': {
    en: 'The member has not agreed to publish this question in the FAQ.',
    'zh-CN': '提问的会员尚未同意将此问题收入常见问题。',
  },
  'question.not_yours': {
    en: 'Only the member who asked this question can do that.',
    'zh-CN': '只有提问的会员本人才能这样做。',
  },
  'question.not_answered': {
    en: 'This question has no answer yet; you can resolve and rate it once a coach answers.',
    'zh-CN': '这个提问还没有回答；导师回答后你才能标记解决并评分。',
  },
  'question.claimed_by_other': {
    en: 'Only the coach who claimed this question (or an owner) can release it.',
    'zh-CN': '只有认领该提问的教练（或群主）才能取消认领。',
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
  'supplier.already_listed': {
    en: '“{name}” is already in the supplier directory.',
    'zh-CN': '「{name}」已在供应商名录中。',
  },
  'supplier.notes_required': {
    en: 'Please add vetting notes when rejecting a supplier.',
    'zh-CN': '拒绝供应商时请填写审核说明。',
  },
  'profile.not_visible': {
    en: 'This member’s profile is not visible to you.',
    'zh-CN': '这位会员的资料不对你公开。',
  },
  'content.excluded': {
    en: '“{keyword}” is not allowed in this club (see the club values). Please reword {field}.',
    'zh-CN': '「{field}」中包含本社群不允许的内容「{keyword}」（见社群价值观），请修改。',
  },
  'intro.closed': {
    en: 'This introduction is no longer open.',
    'zh-CN': '这条引荐已结束。',
  },
  'intro.expired': {
    en: 'This introduction expired before both of you answered.',
    'zh-CN': '这条引荐已过期（双方未在期限内回复）。',
  },
  'intro.self': {
    en: 'You cannot ask to be introduced to yourself.',
    'zh-CN': '不能申请引荐自己。',
  },
  'intro.counterpart_unknown': {
    en: 'Name the member you want to meet with an @mention of someone in this club.',
    'zh-CN': '请用 @提及 本社群的一位会员，说明你想认识谁。',
  },
  'intro.counterpart_unavailable': {
    en: 'This member cannot receive introductions at the moment.',
    'zh-CN': '这位会员目前无法接收引荐。',
  },
  'intro.pair_exists': {
    en: 'There already is (or was) an introduction between you two: see /intros.',
    'zh-CN': '你们之间已经有（或有过）一条引荐，请查看 /intros。',
  },
  'intro.trio_members': {
    en: 'A group introduction needs three different members.',
    'zh-CN': '三方引荐需要三位不同的会员。',
  },
  'intro.trio_member_unavailable': {
    en: '{name} cannot receive introductions at the moment, or asked not to be paired with one of the others.',
    'zh-CN': '{name}目前无法接收引荐，或不希望与其中一位配对。',
  },
  'intro.trio_pair_exists': {
    en: '{a} and {b} already have (or had) an introduction: a group of three needs three new pairs.',
    'zh-CN': '{a}和{b}之间已经有（或有过）一条引荐：三方引荐需要三对此前未引荐过的会员。',
  },
  'intro.too_many_open': {
    en: 'You already have {max} introduction requests waiting for an answer. Try again once one is answered.',
    'zh-CN': '你已有 {max} 条引荐申请在等待对方回复，请待其中一条有结果后再试。',
  },
  'intro.not_introduced': {
    en: 'You can say you met only after you both accepted the introduction.',
    'zh-CN': '双方都接受引荐后，才能登记已见面。',
  },
  'deal.not_found': { en: 'No such deal.', 'zh-CN': '找不到这条合作记录。' },
  'deal.not_introduced': {
    en: 'A deal can be recorded only after both of you accepted the introduction.',
    'zh-CN': '只有双方都接受引荐后才能登记合作。',
  },
  'deal.invalid_amount': {
    en: 'The deal value must be a positive amount.',
    'zh-CN': '合作金额必须是正数。',
  },
  'deal.invalid_date': {
    en: 'The closing date cannot be in the future or before the introduction.',
    'zh-CN': '成交日期不能晚于今天，也不能早于引荐日期。',
  },
  'deal.not_counterpart': {
    en: 'Only the other party of this deal can confirm it.',
    'zh-CN': '只有合作的另一方可以确认这条记录。',
  },
  'case.not_found': { en: 'No such moderation case.', 'zh-CN': '找不到这条违规处理记录。' },
  'case.already_decided': {
    en: 'This case was already decided; reload to see the decision.',
    'zh-CN': '这条记录已经处理过了，请刷新查看处理结果。',
  },
  'case.no_appeal': {
    en: 'This case has no appeal waiting for a decision.',
    'zh-CN': '这条记录没有待处理的申诉。',
  },
  'appeal.nothing_to_appeal': {
    en: 'You have no moderation decision that can be appealed.',
    'zh-CN': '你目前没有可以申诉的违规处理。',
  },
  'appeal.already_appealed': {
    en: 'You already appealed this decision; a moderator will answer you by direct message.',
    'zh-CN': '你已经对这项处理提出过申诉，管理员会通过私信回复你。',
  },
  'report.self': {
    en: 'You cannot report your own message.',
    'zh-CN': '不能举报自己的消息。',
  },
  'report.unknown_member': {
    en: 'That person is not a member of this club (mention them, e.g. @name, or give their club handle).',
    'zh-CN': '找不到这位会员（请直接 @ 对方，或填写对方在社群的用户名）。',
  },
  'privacy.export_link_invalid': {
    en: 'This download link is invalid, already used or expired. Run /privacy export again for a new one.',
    'zh-CN': '这个下载链接无效、已使用或已过期。请重新运行 /privacy export 获取新链接。',
  },
  'privacy.no_pending_erasure': {
    en: 'There is no pending deletion of this member’s data.',
    'zh-CN': '这位会员没有待执行的数据删除请求。',
  },
  'workspace.not_connected': {
    en: 'This Discord server, Slack workspace or Feishu organisation is not connected to a club. An owner of the club can connect it in the admin panel: Settings → Platform connections.',
    'zh-CN':
      '这个 Discord 服务器、Slack 工作区或飞书企业尚未关联任何社群。社群所有者可在管理后台「社群设置 → 平台连接」中关联它。',
  },
  'workspace.taken': {
    en: 'This Discord server or Slack workspace is already connected to another club.',
    'zh-CN': '这个 Discord 服务器或 Slack 工作区已关联到其他社群。',
  },
  'discord.role_unknown': {
    en: 'That role cannot be this Discord server’s member role: it is not one of the server’s roles, or it is @everyone or a bot’s own role. Copy the id of the role members should get (Server Settings → Roles → right-click the role → Copy Role ID).',
    'zh-CN':
      '这个身份组不能作为该 Discord 服务器的会员身份组：它不是该服务器的身份组，或是 @everyone、机器人自带的身份组。请复制会员应获得的身份组 ID（服务器设置 → 身份组 → 右键该身份组 → 复制身份组 ID）。',
  },
  'discord.bot_not_in_guild': {
    en: 'The bot is not in that Discord server, so the member role cannot be checked. Invite the bot first (docs/discord.md), then connect the server with its member role.',
    'zh-CN':
      '机器人不在该 Discord 服务器中，无法核对会员身份组。请先邀请机器人（见 docs/discord.md），再连同会员身份组连接该服务器。',
  },
  'conflict.unique': {
    en: 'Someone else changed this at the same moment. Please try again.',
    'zh-CN': '有人在同一时间修改了这项内容，请重试。',
  },
  'service.unavailable': {
    en: 'The service is temporarily unavailable. Please try again in a minute.',
    'zh-CN': '服务暂时不可用，请稍后再试。',
  },
  'internal.unexpected': {
    en: 'Something went wrong on our side. Please try again in a moment.',
    'zh-CN': '系统出了点问题，请稍后再试。',
  },
} as const satisfies Catalogue;

export type ErrorCode = keyof typeof errorMessages;
