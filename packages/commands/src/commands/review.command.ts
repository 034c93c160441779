import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage, type Reply } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'Review pending applications (staff)', 'zh-CN': '审核入会申请（管理员）' },
  title: { en: 'Applications waiting: {total}', 'zh-CN': '待审核申请：{total}' },
  empty: { en: 'No applications waiting.', 'zh-CN': '暂无待审核的申请。' },
  approve: { en: 'Approve', 'zh-CN': '通过' },
  reject: { en: 'Reject', 'zh-CN': '拒绝' },
  rejectShared: { en: 'Reject, telling why', 'zh-CN': '拒绝并告知原因' },
  vouched: { en: '✓ Vouched for by the referrer', 'zh-CN': '✓ 推荐人已担保' },
  notVouched: { en: 'Referrer has not vouched (yet)', 'zh-CN': '推荐人尚未担保' },
  answered: { en: 'Answered: {answer}', 'zh-CN': '已回复：{answer}' },
  sharedReason: {
    en: 'Reason for the applicant (they will read it)',
    'zh-CN': '告知申请人的原因（申请人会看到）',
  },
  flags: { en: '⚠ Flagged: {flags}', 'zh-CN': '⚠ 触发禁入词：{flags}' },
  company: { en: 'Company', 'zh-CN': '公司' },
  industry: { en: 'Industry', 'zh-CN': '行业' },
  approved: {
    en: '{name} is approved. Record their payment in the admin panel to activate the membership.',
    'zh-CN': '已通过 {name} 的申请。请在管理后台登记付款以开通会籍。',
  },
  rejectTitle: { en: 'Reject application', 'zh-CN': '拒绝申请' },
  reason: { en: 'Reason (kept in the record)', 'zh-CN': '原因（会记录在案）' },
  rejected: { en: '{name} is rejected.', 'zh-CN': '已拒绝 {name} 的申请。' },
  page: { en: 'Page of the queue (5 per page)', 'zh-CN': '第几页（每页 5 份）' },
  more: { en: 'Next page →', 'zh-CN': '下一页 →' },
  pageOf: { en: 'Page {page} of {pages}, oldest first.', 'zh-CN': '第 {page}/{pages} 页，按提交时间排序。' },
} as const satisfies CommandTexts<string>;

const PAGE_SIZE = 5;

/** One page of the vetting queue, oldest first, with a button to the next page. */
async function queuePage(ctx: CommandContext, page: number): Promise<Reply> {
  if (!ctx.actor) throw new Error('staff access without actor');
  const t = texter(texts, ctx.locale);
  const result = await ctx.core.listApplications({
    actor: ctx.actor,
    communityId: ctx.community.id,
    status: 'pending',
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  if (result.total === 0) return privateMessage(t('empty'));
  const pages = Math.ceil(result.total / PAGE_SIZE);
  return privateMessage(t('pageOf', { page: Math.min(page, pages), pages }), {
    title: t('title', { total: result.total }),
    items: result.items.map((a) => ({
      title: `${a.name} · ${formatDate(a.submittedAt, ctx.locale, ctx.community.settings.timezone)}`,
      text: [
        a.flags.length
          ? t('flags', { flags: [...new Set(a.flags.map((f) => `${f.keyword} (${f.field})`))].join(', ') })
          : '',
        a.referrerMemberId ? t(a.vouchedAt ? 'vouched' : 'notVouched') : '',
        a.infoAnswer ? t('answered', { answer: a.infoAnswer }) : '',
        ...a.answers.map((x) => x.answer),
      ]
        .filter(Boolean)
        .join('\n'),
      fields: [
        { name: t('company'), value: a.company || '—', inline: true },
        { name: t('industry'), value: a.industry || '—', inline: true },
      ],
      buttons: [
        { action: actionId('review', 'approve', a.id), label: t('approve'), style: 'primary' },
        { action: actionId('review', 'reject', a.id), label: t('reject'), style: 'danger' },
        { action: actionId('review', 'rejectshared', a.id), label: t('rejectShared'), style: 'danger' },
      ],
    })),
    buttons: page < pages ? [{ action: actionId('review', 'page', String(page + 1)), label: t('more') }] : [],
  });
}

/** The reject form, then the rejection; with `shared`, the applicant is told the reason. */
async function reject(
  ctx: CommandContext,
  applicationId: string,
  values: Readonly<Record<string, string>> | null,
  shared: boolean,
): Promise<Reply> {
  const t = texter(texts, ctx.locale);
  if (!values) {
    return formReply({
      action: actionId('review', shared ? 'rejectshared' : 'reject', applicationId),
      title: t('rejectTitle'),
      fields: [
        {
          id: 'reason',
          label: t(shared ? 'sharedReason' : 'reason'),
          style: 'paragraph',
          required: true,
          maxLength: 1000,
        },
      ],
    });
  }
  if (!ctx.actor) throw new Error('staff access without actor');
  const application = await ctx.core.rejectApplication({
    actor: ctx.actor,
    communityId: ctx.community.id,
    applicationId,
    reason: values.reason ?? '',
    shareReason: shared,
  });
  return privateMessage(t('rejected', { name: application.name }));
}

/** `/review [page]`: the vetting queue with approve / reject buttons (reject asks for a reason). */
export const reviewCommand = defineCommand({
  name: 'review',
  localizedName: { 'zh-CN': '审核申请' },
  description: texts.description,
  access: ['moderator'],
  formActions: ['reject', 'rejectshared'],
  options: [{ name: 'page', description: texts.page, type: 'integer', min: 1, max: 1000 }],
  async run(ctx, { options }) {
    return queuePage(ctx, typeof options.page === 'number' ? options.page : 1);
  },
  actions: {
    async page(ctx, arg) {
      return queuePage(ctx, Math.max(1, Number.parseInt(arg, 10) || 1));
    },
    async approve(ctx, applicationId) {
      if (!ctx.actor) throw new Error('staff access without actor');
      const application = await ctx.core.approveApplication({
        actor: ctx.actor,
        communityId: ctx.community.id,
        applicationId,
      });
      return privateMessage(texter(texts, ctx.locale)('approved', { name: application.name }), { tone: 'success' });
    },
    reject: (ctx, applicationId, values) => reject(ctx, applicationId, values, false),
    rejectshared: (ctx, applicationId, values) => reject(ctx, applicationId, values, true),
  },
});
