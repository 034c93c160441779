import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Appeal a moderation decision', 'zh-CN': '对违规处理提出申诉' },
  reason: { en: 'Why the decision was wrong', 'zh-CN': '申诉理由' },
  received: {
    en: 'Your appeal was sent to the moderators. You will hear from them by direct message.',
    'zh-CN': '你的申诉已提交给管理员，处理结果会通过私信告诉你。',
  },
  excerpt: { en: 'The message', 'zh-CN': '被处理的消息' },
} as const satisfies CommandTexts<string>;

/** `/appeal reason`: a member appeals their latest strike; the case goes back to the moderators. */
export const appealCommand = defineCommand({
  name: 'appeal',
  localizedName: { 'zh-CN': '申诉' },
  description: texts.description,
  access: 'member',
  options: [{ name: 'reason', description: texts.reason, type: 'string', required: true, maxLength: 2000, rest: true }],
  async run(ctx, { options }) {
    const { actor } = requireMember(ctx);
    const t = texter(texts, ctx.locale);
    const appealed = await ctx.core.appealModerationCase({ actor, reason: String(options.reason ?? '') });
    const chars = [...appealed.excerpt];
    const preview = chars.length > 200 ? `${chars.slice(0, 200).join('')}…` : appealed.excerpt;
    return privateMessage(t('received'), {
      tone: 'success',
      ...(preview ? { fields: [{ name: t('excerpt'), value: preview }] } : {}),
    });
  },
});
