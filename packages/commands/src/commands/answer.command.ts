import { conversationLines } from '../conversation.js';
import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { clip, formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'Answer members’ questions (coaches, guest experts)', 'zh-CN': '回答会员提问（导师、嘉宾）' },
  title: { en: 'Open questions', 'zh-CN': '待回答的提问' },
  empty: { en: 'No open questions. 🎉', 'zh-CN': '没有待回答的提问。🎉' },
  answer: { en: 'Answer', 'zh-CN': '回答' },
  claimed: { en: 'a coach has claimed it', 'zh-CN': '已有导师认领' },
  overdue: { en: 'overdue', 'zh-CN': '已超时' },
  formTitle: { en: 'Your answer', 'zh-CN': '你的回答' },
  claimedByYou: {
    en: 'You claimed this question: the other coaches see it is yours. Answer it with the Answer button or /answer.',
    'zh-CN': '你已认领这个提问，其他导师会看到由你处理。请点“回答”按钮或用 /answer 回答。',
  },
  done: {
    en: 'Answer saved and sent to the member privately (also in their /questions).',
    'zh-CN': '回答已保存并私信给会员（会员也可在 /questions 查看）。',
  },
  followUp: { en: 'Ask a follow-up', 'zh-CN': '追问' },
  replyToMember: { en: 'Reply', 'zh-CN': '回复' },
  followUpTitle: { en: 'Message to the member', 'zh-CN': '发给会员的消息' },
  followUpField: { en: 'Your follow-up', 'zh-CN': '你的追问或回复' },
  followUpSent: {
    en: 'Sent to the member privately. Their reply will appear under the question, and you will be told.',
    'zh-CN': '已私信给会员。会员的回复会附在提问下，并会通知你。',
  },
  followUpQueued: {
    en: 'Saved under the question; the member could not be reached by DM right now, but sees it in /questions.',
    'zh-CN': '已保存在提问下；暂时无法私信会员，但会员可以在 /questions 中看到。',
  },
  memberReplied: { en: 'the member replied', 'zh-CN': '会员已回复' },
  awaitingMember: { en: 'waiting for the member', 'zh-CN': '等待会员回复' },
  coach: { en: 'Coach', 'zh-CN': '导师' },
  member: { en: 'Member', 'zh-CN': '会员' },
} as const satisfies CommandTexts<string>;

/** `/answer`: the open questions with an Answer button each; the button opens a form. */
export const answerCommand = defineCommand({
  name: 'answer',
  localizedName: { 'zh-CN': '回答提问' },
  description: texts.description,
  // Guest experts see and answer only the questions coaches routed to them (core's listQuestions and answerQuestion).
  access: ['coach', 'guest'],
  formActions: ['open', 'followUp'],
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
          q.awaitingMemberSince ? t('awaitingMember') : q.thread?.at(-1)?.from === 'member' ? t('memberReplied') : '',
          q.overdue ? t('overdue') : '',
        ]
          .filter(Boolean)
          .join(' · '),
        text: clip(
          [
            q.answer ? `${q.body}\n\n→ ${q.answer}` : q.body,
            conversationLines(q.thread ?? [], { coach: t('coach'), member: t('member') }),
          ]
            .filter(Boolean)
            .join('\n\n'),
          3000,
        ),
        buttons: [
          // An answered question the member followed up on continues as a conversation, not a second answer.
          ...(q.answer
            ? []
            : [{ action: actionId('answer', 'open', q.id), label: t('answer'), style: 'primary' as const }]),
          { action: actionId('answer', 'followUp', q.id), label: t(q.answer ? 'replyToMember' : 'followUp') },
        ],
      })),
    });
  },
  actions: {
    // The staff channel's question card has a Claim button (core syncQuestionCards); the card shows the claim next run.
    async claim(ctx, questionId) {
      if (!ctx.actor) throw new Error('staff access without actor');
      await ctx.core.claimQuestion({ actor: ctx.actor, communityId: ctx.community.id, questionId });
      return privateMessage(texter(texts, ctx.locale)('claimedByYou'), { tone: 'success' });
    },
    async open(ctx, questionId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('answer', 'submit', questionId),
        title: t('formTitle'),
        fields: [{ id: 'answer', label: t('answer'), style: 'paragraph', required: true, maxLength: 4000 }],
      });
    },
    async followUp(ctx, questionId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('answer', 'sendFollowUp', questionId),
        title: t('followUpTitle'),
        fields: [{ id: 'followUp', label: t('followUpField'), style: 'paragraph', required: true, maxLength: 4000 }],
      });
    },
    async sendFollowUp(ctx, questionId, values) {
      if (!ctx.actor) throw new Error('staff access without actor');
      const done = await ctx.core.askQuestionFollowUp({
        actor: ctx.actor,
        communityId: ctx.community.id,
        questionId,
        body: values?.followUp ?? '',
      });
      const t = texter(texts, ctx.locale);
      return privateMessage(t(done.delivery.status === 'failed' ? 'followUpQueued' : 'followUpSent'), {
        tone: 'success',
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
