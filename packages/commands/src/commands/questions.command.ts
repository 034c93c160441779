import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'My questions and their answers', 'zh-CN': '我的提问和回答' },
  title: { en: 'Your questions', 'zh-CN': '你的提问' },
  empty: { en: 'You have not asked anything yet. Use /ask.', 'zh-CN': '你还没有提过问题，可以用 /ask 提问。' },
  open: { en: 'waiting for an answer', 'zh-CN': '等待回答' },
  claimed: { en: 'a coach is on it', 'zh-CN': '导师处理中' },
  answered: { en: 'answered', 'zh-CN': '已回答' },
  closed: { en: 'closed', 'zh-CN': '已关闭' },
} as const satisfies CommandTexts<string>;

/** `/questions`: the member's questions, newest first, with answers. */
export const questionsCommand = defineCommand({
  name: 'questions',
  localizedName: { 'zh-CN': '我的提问' },
  description: texts.description,
  access: 'member',
  async run(ctx) {
    if (!ctx.actor) throw new Error('member access without actor');
    const t = texter(texts, ctx.locale);
    const questions = await ctx.core.listMyQuestions({ actor: ctx.actor });
    if (questions.length === 0) return privateMessage(t('empty'));
    const tz = ctx.member?.timezone ?? ctx.community.settings.timezone;
    return privateMessage('', {
      title: t('title'),
      items: questions.slice(0, 10).map((q) => ({
        title: `${formatDate(q.createdAt, ctx.locale, tz)} · ${t(q.status)}`,
        text: q.answer ? `${q.body}\n\n→ ${q.answer}` : q.body,
      })),
    });
  },
});
