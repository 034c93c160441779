import { cleanId, DomainError } from '@snowball/core';
import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Report message', 'zh-CN': '举报消息' },
  received: {
    en: 'Thank you: the moderators will look at this message. Nobody else learns that you reported it.',
    'zh-CN': '感谢举报：管理员会查看这条消息。举报人信息不会告诉任何其他人。',
  },
  again: {
    en: 'You already reported this message; the moderators have it.',
    'zh-CN': '你已经举报过这条消息，管理员已收到。',
  },
  addReason: { en: 'Add a reason', 'zh-CN': '补充理由' },
  formTitle: { en: 'Reason for the report', 'zh-CN': '举报理由' },
  reasonLabel: { en: 'What is wrong with this message?', 'zh-CN': '这条消息有什么问题？' },
  saved: { en: 'Your reason was added to the report.', 'zh-CN': '举报理由已补充。' },
} as const satisfies CommandTexts<string>;

export const REPORT_REASON_MAX = 1000;

/**
 * "Report message" (Discord message menu, Slack message shortcut): a member reports a message to the moderators,
 * privately; a button then lets them add a reason. Reporting the same message again adds nothing.
 */
export const reportCommand = defineCommand({
  name: 'report',
  localizedName: { 'zh-CN': '举报消息' },
  description: texts.description,
  access: 'member',
  type: 'message',
  formActions: ['reason'],
  async report(ctx, target) {
    const { actor } = requireMember(ctx);
    const t = texter(texts, ctx.locale);
    const result = await ctx.core.reportMessage({
      actor,
      platform: ctx.caller.platform,
      workspaceId: ctx.caller.workspaceId,
      channelId: target.channelId,
      messageId: target.messageId,
      authorId: target.authorId,
      content: target.content,
      at: target.at ?? null,
    });
    return privateMessage(t(result.duplicate ? 'again' : 'received'), {
      tone: 'success',
      buttons: [{ action: actionId('report', 'reason', result.caseId), label: t('addReason'), style: 'secondary' }],
    });
  },
  actions: {
    async reason(ctx, caseId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('report', 'save', cleanId(caseId, 'case')),
        title: t('formTitle'),
        fields: [
          { id: 'reason', label: t('reasonLabel'), style: 'paragraph', required: true, maxLength: REPORT_REASON_MAX },
        ],
      });
    },
    async save(ctx, caseId, values) {
      const { actor } = requireMember(ctx);
      if (!values) throw new DomainError('validation.required', { field: 'reason' });
      await ctx.core.addReportReason({ actor, caseId: cleanId(caseId, 'case'), reason: values.reason ?? '' });
      return privateMessage(texter(texts, ctx.locale)('saved'), { tone: 'success' });
    },
  },
});
