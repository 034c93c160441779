import { DomainError, exportUrl, formatDateTime, privacyCoolingOffHours } from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { timezoneOf } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  exportReady: {
    en: 'Your data export is ready: {url}\nIt is a JSON file of everything the club holds about you. The link works once, until {expires}; keep it to yourself.',
    'zh-CN':
      '你的数据导出已就绪：{url}\n这是社群保存的关于你的全部数据（JSON 文件）。链接只能使用一次，有效期至 {expires}，请勿转发。',
  },
  deleteWarning: {
    en: 'This deletes your profile, questions, linked accounts and everything else personal the club holds about you. Other members’ records (introductions, deals) will show “a former member”; payment records keep only what accounting requires, without your name. It cannot be undone.',
    'zh-CN':
      '这会删除你的资料、提问、关联账号以及社群保存的其他个人数据。其他会员的记录（引荐、合作）将显示为“一位前会员”；付款记录只保留会计所需的内容，且不含你的姓名。删除后无法恢复。',
  },
  deleteWhen: {
    en: 'After you confirm, the deletion runs in {hours} hours; until then you can cancel it here.',
    'zh-CN': '确认后，删除将在 {hours} 小时后执行；在此之前你可以在这里取消。',
  },
  deleteNow: { en: 'After you confirm, the deletion runs at once.', 'zh-CN': '确认后将立即删除。' },
  confirm: { en: 'Delete my data', 'zh-CN': '删除我的数据' },
  scheduled: {
    en: 'Your data will be deleted on {due}. You will get a last message when it is done. Changed your mind? Cancel below or run /privacy delete again.',
    'zh-CN':
      '你的数据将于 {due} 删除，完成后你会收到最后一条消息。改变主意了？点击下方取消，或再次运行 /privacy delete。',
  },
  done: {
    en: 'Your data has been deleted. Thank you for having been part of the club.',
    'zh-CN': '你的数据已删除。感谢你曾是社群的一员。',
  },
  cancel: { en: 'Cancel the deletion', 'zh-CN': '取消删除' },
  cancelled: { en: 'The deletion is cancelled; nothing was deleted.', 'zh-CN': '已取消删除，没有删除任何数据。' },
} as const satisfies CommandTexts<string>;

/** The linked member running the command; data rights do not depend on a current membership. */
function linked(ctx: CommandContext) {
  if (ctx.actor?.kind !== 'member' || !ctx.member) throw new DomainError('account.not_linked');
  return { actor: ctx.actor, memberId: ctx.member.id, communityId: ctx.community.id };
}

function pendingReply(ctx: CommandContext, due: Date) {
  const t = texter(texts, ctx.locale);
  return privateMessage(t('scheduled', { due: formatDateTime(due, timezoneOf(ctx), ctx.locale) }), {
    tone: 'warning',
    buttons: [{ action: actionId('privacy', 'cancel'), label: t('cancel'), style: 'secondary' }],
  });
}

/** `/privacy export`: a single-use download link; `/privacy delete`: erasure after a confirmation and cooling-off. */
export const privacyCommand = defineCommand({
  name: 'privacy',
  localizedName: { 'zh-CN': '隐私' },
  description: { en: 'Export or delete my data', 'zh-CN': '导出或删除我的数据' },
  access: 'anyone',
  subcommands: [
    { name: 'export', description: { en: 'Send me a copy of my data', 'zh-CN': '导出我的数据' } },
    { name: 'delete', description: { en: 'Delete my data', 'zh-CN': '删除我的数据' } },
  ],
  async run(ctx, { subcommand }) {
    const t = texter(texts, ctx.locale);
    const me = linked(ctx);
    if (subcommand === 'export') {
      const { token, expiresAt } = await ctx.core.requestDataExport(me);
      const url = exportUrl(ctx.publicUrl, token);
      return privateMessage(
        t('exportReady', { url, expires: formatDateTime(expiresAt, timezoneOf(ctx), ctx.locale) }),
        { tone: 'success' },
      );
    }
    const pending = await ctx.core.pendingErasure(me);
    if (pending) return pendingReply(ctx, pending.dueAt);
    const hours = privacyCoolingOffHours(ctx.community.settings);
    return privateMessage(`${t('deleteWarning')}\n\n${hours > 0 ? t('deleteWhen', { hours }) : t('deleteNow')}`, {
      tone: 'warning',
      buttons: [{ action: actionId('privacy', 'confirm'), label: t('confirm'), style: 'danger' }],
    });
  },
  actions: {
    async confirm(ctx) {
      const request = await ctx.core.requestErasure(linked(ctx));
      if (request.status === 'done') return privateMessage(texter(texts, ctx.locale)('done'), { tone: 'success' });
      return pendingReply(ctx, request.dueAt);
    },
    async cancel(ctx) {
      await ctx.core.cancelErasure(linked(ctx));
      return privateMessage(texter(texts, ctx.locale)('cancelled'), { tone: 'success' });
    },
  },
});
