import { DomainError } from '@snowball/core';
import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Apply to join the club', 'zh-CN': '申请加入社群' },
  values: { en: 'Our values', 'zh-CN': '我们的价值观' },
  intro: {
    en: 'Membership is by application. Please read our values; if you share them, start your application.',
    'zh-CN': '本社群实行申请制。请先阅读我们的价值观；如果认同，请开始申请。',
  },
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
} as const satisfies CommandTexts<string>;

/** `/apply`: shows the values, then the application form; submitting it is the values pledge. */
export const applyCommand = defineCommand({
  name: 'apply',
  localizedName: { 'zh-CN': '申请入会' },
  description: texts.description,
  access: 'anyone',
  formActions: ['start'],
  async run(ctx) {
    if (ctx.member) throw new DomainError('application.already_member');
    const t = texter(texts, ctx.locale);
    return privateMessage(t('intro'), {
      title: t('values'),
      fields: [{ name: t('values'), value: ctx.community.settings.valuesStatement }],
      buttons: [{ action: actionId('apply', 'start'), label: t('pledge'), style: 'primary' }],
    });
  },
  actions: {
    async start(ctx) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('apply', 'submit'),
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
    async submit(ctx, _arg, values) {
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
        account: {
          platform: ctx.caller.platform,
          workspaceId: ctx.caller.workspaceId,
          platformUserId: ctx.caller.userId,
        },
      });
      return privateMessage(t('received', { name: application.name }), { tone: 'success' });
    },
  },
});
