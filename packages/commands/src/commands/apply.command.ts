import { type Application, DomainError, type Locale, valuesStatementFor } from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage, type Reply } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'Apply to join the club', 'zh-CN': '申请加入社群' },
  referrerOption: {
    en: 'The member who referred you: their handle (optional)',
    'zh-CN': '推荐你的会员：填写其用户名（可选）',
  },
  values: { en: 'Our values', 'zh-CN': '我们的价值观' },
  intro: {
    en: 'Membership is by application. Please read our values; if you share them, start your application.',
    'zh-CN': '本社群实行申请制。请先阅读我们的价值观；如果认同，请开始申请。',
  },
  referrer: { en: 'Referred by', 'zh-CN': '推荐人' },
  pledge: { en: 'I share these values — apply', 'zh-CN': '我认同以上价值观，开始申请' },
  formTitle: { en: 'Application', 'zh-CN': '入会申请' },
  name: { en: 'Your name', 'zh-CN': '姓名' },
  email: { en: 'Email', 'zh-CN': '邮箱' },
  company: { en: 'Company', 'zh-CN': '公司' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  about: { en: 'What you do, can offer and look for', 'zh-CN': '你的业务、可提供的资源和需求' },
  received: {
    en: 'Thank you, {name}! Your application is in. The club will review it and message you here.',
    'zh-CN': '谢谢你，{name}！申请已提交，审核结果会在这里通知你。',
  },
  stateTitle: { en: 'Your application', 'zh-CN': '你的入会申请' },
  pending: {
    en: 'Your application of {date} is under review. The club will message you here when it is decided.',
    'zh-CN': '你于 {date} 提交的申请正在审核中，审核结果会在这里通知你。',
  },
  answered: {
    en: 'You answered the club’s question; your application of {date} is back under review.',
    'zh-CN': '你已回答社群的问题，你于 {date} 提交的申请已重新进入审核。',
  },
  infoRequested: {
    en: 'The club asked for more information about your application of {date}. Please answer the question.',
    'zh-CN': '社群希望你为 {date} 提交的申请补充信息，请回答以下问题。',
  },
  question: { en: 'Question', 'zh-CN': '问题' },
  answer: { en: 'Answer', 'zh-CN': '回答' },
  answerTitle: { en: 'Answer the club', 'zh-CN': '回复社群' },
  answerSent: {
    en: 'Thank you! Your answer is sent and your application is back under review.',
    'zh-CN': '谢谢！回答已提交，你的申请已重新进入审核。',
  },
  withdraw: { en: 'Withdraw my application', 'zh-CN': '撤回申请' },
  withdrawn: {
    en: 'Your application is withdrawn. You can apply again any time with /apply.',
    'zh-CN': '你的申请已撤回。之后可随时用 /apply 重新申请。',
  },
  vouched: {
    en: 'Thank you for vouching for {name}; the reviewers will see it.',
    'zh-CN': '感谢你为 {name} 担保，审核人员会看到。',
  },
} as const satisfies CommandTexts<string>;

function account(ctx: CommandContext) {
  return { platform: ctx.caller.platform, workspaceId: ctx.caller.workspaceId, platformUserId: ctx.caller.userId };
}

/** What `/apply` run again shows: the open application's state, with withdraw (and answer, when asked). */
function applicationState(ctx: CommandContext, application: Application): Reply {
  const t = texter(texts, ctx.locale);
  const date = formatDate(application.submittedAt, ctx.locale, ctx.community.settings.timezone);
  const asked = application.status === 'info_requested';
  const text = asked ? t('infoRequested', { date }) : t(application.infoAnsweredAt ? 'answered' : 'pending', { date });
  return privateMessage(text, {
    title: t('stateTitle'),
    fields: asked && application.decisionReason ? [{ name: t('question'), value: application.decisionReason }] : [],
    buttons: [
      ...(asked
        ? [{ action: actionId('apply', 'answer', application.id), label: t('answer'), style: 'primary' as const }]
        : []),
      { action: actionId('apply', 'withdraw'), label: t('withdraw'), style: 'danger' },
    ],
  });
}

/** The answer form for a request for more information (also opened from the DM's button). */
function answerForm(locale: Locale, applicationId: string, question: string | null): Reply {
  const t = texter(texts, locale);
  return formReply({
    action: actionId('apply', 'reply', applicationId),
    title: t('answerTitle'),
    fields: [
      {
        id: 'answer',
        label: t('answer'),
        style: 'paragraph',
        required: true,
        maxLength: 2000,
        ...(question ? { placeholder: [...question].slice(0, 100).join('') } : {}),
      },
    ],
  });
}

/**
 * `/apply [referrer]`: shows the values, then the application form; submitting it is the values pledge. Run again
 * while an application is under review, it shows that application's state instead, with withdraw and answer.
 */
export const applyCommand = defineCommand({
  name: 'apply',
  localizedName: { 'zh-CN': '申请入会' },
  description: texts.description,
  access: 'anyone',
  options: [{ name: 'referrer', description: texts.referrerOption, type: 'string', maxLength: 40, rest: true }],
  formActions: ['start', 'answer'],
  async run(ctx, input) {
    if (ctx.member) throw new DomainError('application.already_member');
    const open = await ctx.core.getMyApplication({ communityId: ctx.community.id, account: account(ctx) });
    if (open) return applicationState(ctx, open);
    const t = texter(texts, ctx.locale);
    // The referrer travels in the button's action id (handles hold no ':'), so the form needs no sixth field.
    const referrer = String(input.options.referrer ?? '')
      .trim()
      .replace(/^@/, '')
      .replaceAll(':', '');
    return privateMessage(t('intro'), {
      title: t('values'),
      fields: [
        { name: t('values'), value: valuesStatementFor(ctx.community.settings, ctx.locale) },
        ...(referrer ? [{ name: t('referrer'), value: `@${referrer}` }] : []),
      ],
      buttons: [{ action: actionId('apply', 'start', referrer), label: t('pledge'), style: 'primary' }],
    });
  },
  actions: {
    async start(ctx, referrer) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('apply', 'submit', referrer),
        title: t('formTitle'),
        fields: [
          { id: 'name', label: t('name'), style: 'short', required: true, maxLength: 80, value: ctx.caller.userName },
          { id: 'email', label: t('email'), style: 'short', required: false, maxLength: 254 },
          { id: 'company', label: t('company'), style: 'short', required: false, maxLength: 120 },
          { id: 'industry', label: t('industry'), style: 'short', required: false, maxLength: 80 },
          { id: 'about', label: t('about'), style: 'paragraph', required: true, maxLength: 2000 },
        ],
      });
    },
    async submit(ctx, referrer, values) {
      const t = texter(texts, ctx.locale);
      const application = await ctx.core.submitApplication({
        communityId: ctx.community.id,
        name: values?.name ?? '',
        email: values?.email || null,
        company: values?.company ?? '',
        industry: values?.industry ?? '',
        answers: [{ question: ctx.community.settings.applicationQuestions.join(' / '), answer: values?.about ?? '' }],
        // The form opens only from the pledge button, so submitting it is the pledge.
        valuesPledge: true,
        locale: ctx.locale,
        account: account(ctx),
        referrerHandle: referrer || null,
      });
      return privateMessage(t('received', { name: application.name }), { tone: 'success' });
    },
    async answer(ctx, applicationId) {
      const open = await ctx.core.getMyApplication({ communityId: ctx.community.id, account: account(ctx) });
      if (!open || open.id !== applicationId || open.status !== 'info_requested') {
        throw new DomainError('application.not_awaiting_info');
      }
      return answerForm(ctx.locale, open.id, open.decisionReason);
    },
    async reply(ctx, applicationId, values) {
      await ctx.core.answerApplicationInfo({
        communityId: ctx.community.id,
        account: account(ctx),
        applicationId,
        answer: values?.answer ?? '',
      });
      return privateMessage(texter(texts, ctx.locale)('answerSent'), { tone: 'success' });
    },
    async withdraw(ctx) {
      await ctx.core.withdrawApplication({ communityId: ctx.community.id, account: account(ctx) });
      return privateMessage(texter(texts, ctx.locale)('withdrawn'), { tone: 'success' });
    },
    async vouch(ctx, applicationId) {
      if (!ctx.actor) throw new DomainError('application.not_referrer');
      const application = await ctx.core.vouchForApplicant({
        actor: ctx.actor,
        communityId: ctx.community.id,
        applicationId,
      });
      return privateMessage(texter(texts, ctx.locale)('vouched', { name: application.name }), { tone: 'success' });
    },
  },
});
