import type { QueuedQuestion } from '@snowball/core';
import { conversationLines } from '../conversation.js';
import { actionId, defineCommand } from '../definition.js';
import { LIMITS } from '../limits.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { clip, formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'My questions and their answers', 'zh-CN': '我的提问和回答' },
  title: { en: 'Your questions', 'zh-CN': '你的提问' },
  empty: { en: 'You have not asked anything yet. Use /ask.', 'zh-CN': '你还没有提过问题，可以用 /ask 提问。' },
  older: {
    en: 'The newest {shown} of your {count} questions.',
    'zh-CN': '你共有 {count} 个提问，这里显示最新的 {shown} 个。',
  },
  open: { en: 'waiting for an answer', 'zh-CN': '等待回答' },
  claimed: { en: 'a coach is on it', 'zh-CN': '导师处理中' },
  answered: { en: 'answered', 'zh-CN': '已回答' },
  closed: { en: 'resolved', 'zh-CN': '已解决' },
  due: { en: 'answer due by {when}', 'zh-CN': '预计 {when} 前回复' },
  late: {
    en: 'past the promised time; the coaches have been reminded',
    'zh-CN': '已超过承诺时间，已提醒导师',
  },
  lateNotYet: { en: 'past the promised time', 'zh-CN': '已超过承诺时间' },
  rated: { en: 'you rated it {rating}/5', 'zh-CN': '你的评分 {rating}/5' },
  resolve: { en: 'Resolve & rate', 'zh-CN': '标记解决并评分' },
  formTitle: { en: 'Resolve and rate', 'zh-CN': '标记解决并评分' },
  rating: { en: 'Rating 1–5 (optional)', 'zh-CN': '评分 1–5（可选）' },
  comment: { en: 'Comment (optional)', 'zh-CN': '评价（可选）' },
  thanks: {
    en: 'Thank you, the question is resolved. May staff publish it in the club FAQ, anonymised and edited, so others can find the answer?',
    'zh-CN': '谢谢，已标记为解决。是否允许工作人员将它匿名并编辑后收入社群常见问题，方便其他会员查到？',
  },
  allow: { en: 'Yes, allow it', 'zh-CN': '允许' },
  deny: { en: 'No, keep it private', 'zh-CN': '不允许，保持私密' },
  allowed: {
    en: 'Thanks! Staff may now publish it in the FAQ without your name.',
    'zh-CN': '谢谢！工作人员可以将它匿名收入常见问题。',
  },
  denied: { en: 'Understood: it stays private.', 'zh-CN': '好的，它会保持私密。' },
  awaiting: { en: 'a coach asked you something: reply', 'zh-CN': '导师有追问，请回复' },
  reply: { en: 'Reply', 'zh-CN': '回复' },
  replyTitle: { en: 'Reply to the coach', 'zh-CN': '回复导师' },
  replyField: { en: 'Your reply', 'zh-CN': '你的回复' },
  followUp: { en: 'Add a follow-up', 'zh-CN': '追问' },
  replied: {
    en: 'Sent: it is under your question, and the coach has been told.',
    'zh-CN': '已发送：回复已附在你的提问下，并已通知导师。',
  },
  repliedNoCoach: {
    en: 'Sent: it is under your question, which is back with the coaches.',
    'zh-CN': '已发送：回复已附在你的提问下，提问已回到导师的待处理列表。',
  },
  coach: { en: 'Coach', 'zh-CN': '导师' },
  you: { en: 'You', 'zh-CN': '你' },
} as const satisfies CommandTexts<string>;

/** `/questions`: the member's questions, newest first, with answers, due times, and resolve & rate. */
export const questionsCommand = defineCommand({
  name: 'questions',
  localizedName: { 'zh-CN': '我的提问' },
  description: texts.description,
  access: 'member',
  formActions: ['rate', 'reply'],
  async run(ctx) {
    if (!ctx.actor) throw new Error('member access without actor');
    const t = texter(texts, ctx.locale);
    const questions = await ctx.core.listMyQuestions({ actor: ctx.actor });
    if (questions.length === 0) return privateMessage(t('empty'));
    const tz = ctx.member?.timezone ?? ctx.community.settings.timezone;
    const state = (q: QueuedQuestion): string[] => {
      if (!q.dueAt) return q.rating === null ? [] : [t('rated', { rating: q.rating })];
      if (q.overdue) return [q.slaRemindedAt ? t('late') : t('lateNotYet')];
      return [t('due', { when: formatDate(q.dueAt, ctx.locale, tz, true) })];
    };
    // One card per question, as many as every platform shows in one message (Discord: 9 beside the title).
    const shown = questions.slice(0, LIMITS.discord.embeds - 1);
    const more = questions.length > shown.length ? t('older', { shown: shown.length, count: questions.length }) : '';
    return privateMessage(more, {
      title: t('title'),
      items: shown.map((q) => {
        const talk = conversationLines(q.thread ?? [], { coach: t('coach'), member: t('you') });
        const replyButton = {
          action: actionId('questions', 'reply', q.id),
          label: t(q.awaitingMemberSince ? 'reply' : 'followUp'),
          ...(q.awaitingMemberSince ? { style: 'primary' as const } : {}),
        };
        return {
          title: [
            formatDate(q.createdAt, ctx.locale, tz),
            q.awaitingMemberSince ? t('awaiting') : t(q.status),
            ...state(q),
          ].join(' · '),
          text: clip([q.answer ? `${q.body}\n\n→ ${q.answer}` : q.body, talk].filter(Boolean).join('\n\n'), 3000),
          ...(q.status === 'closed'
            ? {}
            : {
                buttons: [
                  ...(q.status === 'answered'
                    ? [{ action: actionId('questions', 'rate', q.id), label: t('resolve'), style: 'primary' as const }]
                    : []),
                  replyButton,
                ],
              }),
        };
      }),
    });
  },
  actions: {
    // The Reply button under a coach's follow-up (core's DM, memberActionId('questionReply')) or in this list.
    async reply(ctx, questionId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('questions', 'sendReply', questionId),
        title: t('replyTitle'),
        fields: [{ id: 'reply', label: t('replyField'), style: 'paragraph', required: true, maxLength: 4000 }],
      });
    },
    async sendReply(ctx, questionId, values) {
      if (!ctx.actor) throw new Error('member access without actor');
      const done = await ctx.core.replyToQuestion({ actor: ctx.actor, questionId, body: values?.reply ?? '' });
      const t = texter(texts, ctx.locale);
      return privateMessage(t(done.question.claimedBy ? 'replied' : 'repliedNoCoach'), { tone: 'success' });
    },
    async rate(ctx, questionId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('questions', 'resolve', questionId),
        title: t('formTitle'),
        fields: [
          { id: 'rating', label: t('rating'), style: 'short', required: false, maxLength: 1, placeholder: '5' },
          { id: 'comment', label: t('comment'), style: 'paragraph', required: false, maxLength: 1000 },
        ],
      });
    },
    async resolve(ctx, questionId, values) {
      if (!ctx.actor) throw new Error('member access without actor');
      const t = texter(texts, ctx.locale);
      const raw = values?.rating?.trim() ?? '';
      await ctx.core.resolveQuestion({
        actor: ctx.actor,
        questionId,
        rating: raw === '' ? null : Number(raw),
        comment: values?.comment ?? null,
      });
      return privateMessage(t('thanks'), {
        tone: 'success',
        buttons: [
          { action: actionId('questions', 'allowFaq', questionId), label: t('allow'), style: 'primary' },
          { action: actionId('questions', 'denyFaq', questionId), label: t('deny') },
        ],
      });
    },
    async allowFaq(ctx, questionId) {
      if (!ctx.actor) throw new Error('member access without actor');
      await ctx.core.resolveQuestion({ actor: ctx.actor, questionId, faqConsent: true });
      return privateMessage(texter(texts, ctx.locale)('allowed'), { tone: 'success' });
    },
    async denyFaq(ctx, questionId) {
      if (!ctx.actor) throw new Error('member access without actor');
      await ctx.core.resolveQuestion({ actor: ctx.actor, questionId, faqConsent: false });
      return privateMessage(texter(texts, ctx.locale)('denied'));
    },
  },
});
