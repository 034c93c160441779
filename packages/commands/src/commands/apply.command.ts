import {
  type Application,
  cleanEmail,
  cleanText,
  DomainError,
  errorText,
  isDomainError,
  type Locale,
  valuesStatementFor,
} from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, type FormField, formReply, privateMessage, type Reply } from '../reply.js';
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
  fixTitle: { en: 'Application: please fix', 'zh-CN': '入会申请：请修改' },
  fixRequired: { en: 'Required: please fill this in', 'zh-CN': '必填项，请填写' },
  fixEmail: {
    en: 'Not an email address; please retype it (like name@example.com)',
    'zh-CN': '不是有效的邮箱地址，请重新填写（例如 name@example.com）',
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

type ApplicationFieldId = 'name' | 'email' | 'company' | 'industry' | 'about';
type Values = Readonly<Record<string, string>> | null | undefined;

const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());

/**
 * The application form. `values` are what the person typed before (kept), `problems` the fields to fix: those are
 * left empty, their problem shown where the person types. Without either: prefilled with what the platform knows
 * (the name it shows, the email when the account is one, as in the terminal chat), never the email as a name.
 */
function applicationForm(
  ctx: CommandContext,
  referrer: string,
  values?: Values,
  problems?: ReadonlyMap<ApplicationFieldId, string>,
): Reply {
  const t = texter(texts, ctx.locale);
  const known = ctx.caller.userName.trim();
  const prefill: Record<ApplicationFieldId, string | undefined> = values
    ? {
        name: values.name,
        email: values.email,
        company: values.company,
        industry: values.industry,
        about: values.about,
      }
    : {
        name: looksLikeEmail(known) ? undefined : known || undefined,
        email: looksLikeEmail(known) ? known : undefined,
        company: undefined,
        industry: undefined,
        about: undefined,
      };
  const field = (
    id: ApplicationFieldId,
    style: FormField['style'],
    required: boolean,
    maxLength: number,
  ): FormField => {
    const problem = problems?.get(id);
    const value = problem ? undefined : prefill[id]?.trim() ? prefill[id] : undefined;
    return {
      id,
      label: t(id),
      style,
      required,
      maxLength,
      ...(value ? { value } : {}),
      ...(problem ? { placeholder: [...problem].slice(0, 100).join(''), problem } : {}),
    };
  };
  return formReply({
    action: actionId('apply', 'submit', referrer),
    title: t(problems?.size ? 'fixTitle' : 'formTitle'),
    fields: [
      field('name', 'short', true, 80),
      field('email', 'short', false, 254),
      field('company', 'short', false, 120),
      field('industry', 'short', false, 80),
      field('about', 'paragraph', true, 2000),
    ],
  });
}

/** Which form field a validation error of submitApplication is about ('answer 1' is the about field). */
function formFieldOf(error: DomainError): ApplicationFieldId | null {
  const field = String(error.context['field'] ?? '');
  if (field === 'name' || field === 'email' || field === 'company' || field === 'industry') return field;
  if (field.startsWith('answer')) return 'about';
  return null;
}

/** What to tell the person about one field's validation error, in their language. */
function problemText(locale: Locale, id: ApplicationFieldId, error: DomainError): string {
  const t = texter(texts, locale);
  if (error.code === 'validation.required') return t('fixRequired');
  if (id === 'email' && error.code === 'validation.invalid') return t('fixEmail');
  return errorText(error, locale);
}

/** Every problem of the submitted form at once, so the person fixes them in one go. */
function formProblems(locale: Locale, values: Values): Map<ApplicationFieldId, string> {
  const problems = new Map<ApplicationFieldId, string>();
  const check = (id: ApplicationFieldId, validate: () => unknown) => {
    try {
      validate();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.set(id, problemText(locale, id, error));
    }
  };
  check('name', () => cleanText(values?.name, 'name', 80, { required: true }));
  check('email', () => cleanEmail(values?.email));
  check('company', () => cleanText(values?.company, 'company', 120));
  check('industry', () => cleanText(values?.industry, 'industry', 80));
  check('about', () => cleanText(values?.about, 'about', 2000, { required: true }));
  return problems;
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
      return applicationForm(ctx, referrer);
    },
    async submit(ctx, referrer, values) {
      const t = texter(texts, ctx.locale);
      // One bad field does not cost the rest: the form comes back with what was valid, asking only for the rest.
      const problems = formProblems(ctx.locale, values);
      if (problems.size > 0) return applicationForm(ctx, referrer, values, problems);
      let application: Application;
      try {
        application = await ctx.core.submitApplication({
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
      } catch (error) {
        const field = isDomainError(error) && error.code.startsWith('validation.') ? formFieldOf(error) : null;
        if (!field || !isDomainError(error)) throw error;
        return applicationForm(ctx, referrer, values, new Map([[field, problemText(ctx.locale, field, error)]]));
      }
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
