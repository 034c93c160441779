import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'Answer members’ questions (coaches, guest experts)', 'zh-CN': '回答会员提问（导师、嘉宾）' },
  title: { en: 'Open questions', 'zh-CN': '待回答的提问' },
  empty: { en: 'No open questions. 🎉', 'zh-CN': '没有待回答的提问。🎉' },
  answer: { en: 'Answer', 'zh-CN': '回答' },
  claimed: { en: 'a coach has claimed it', 'zh-CN': '已有导师认领' },
  overdue: { en: 'overdue', 'zh-CN': '已超时' },
  formTitle: { en: 'Your answer', 'zh-CN': '你的回答' },
  done: {
    en: 'Answer saved and sent to the member privately (also in their /questions).',
    'zh-CN': '回答已保存并私信给会员（会员也可在 /questions 查看）。',
  },
} as const satisfies CommandTexts<string>;

/** `/answer`: the open questions with an Answer button each; the button opens a form. */
export const answerCommand = defineCommand({
  name: 'answer',
  localizedName: { 'zh-CN': '回答提问' },
  description: texts.description,
  // Guest experts see and answer only the questions coaches routed to them (core's listQuestions and answerQuestion).
  access: ['coach', 'guest'],
  formActions: ['open'],
  async run(ctx) {
    if (!ctx.actor) throw new Error('staff access without actor');
    const t = texter(texts, ctx.locale);
    const page = await ctx.core.listQuestions({
      actor: ctx.actor,
      communityId: ctx.community.id,
      status: 'waiting',
      limit: 5,
    });
    if (page.items.length === 0) return privateMessage(t('empty'));
    return privateMessage(`${page.total}`, {
      title: t('title'),
      items: page.items.map((q) => ({
        title: [
          formatDate(q.createdAt, ctx.locale, ctx.community.settings.timezone, true),
          q.status === 'claimed' ? t('claimed') : '',
          q.overdue ? t('overdue') : '',
        ]
          .filter(Boolean)
          .join(' · '),
        text: q.body,
        buttons: [{ action: actionId('answer', 'open', q.id), label: t('answer'), style: 'primary' }],
      })),
    });
  },
  actions: {
    async open(ctx, questionId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('answer', 'submit', questionId),
        title: t('formTitle'),
        fields: [{ id: 'answer', label: t('answer'), style: 'paragraph', required: true, maxLength: 4000 }],
      });
    },
    async submit(ctx, questionId, values) {
      if (!ctx.actor) throw new Error('staff access without actor');
      await ctx.core.answerQuestion({
        actor: ctx.actor,
        communityId: ctx.community.id,
        questionId,
        answer: values?.answer ?? '',
      });
      // The answer is saved either way; a failed DM is recorded and the member still sees it in /questions.
      await ctx.core.sendQuestionAnswer({ communityId: ctx.community.id, questionId }).catch(() => undefined);
      return privateMessage(texter(texts, ctx.locale)('done'), { tone: 'success' });
    },
  },
});
