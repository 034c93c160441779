import { DomainError, isDomainError, paymentInstructionsFor } from '@snowball/core';
import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Ask the coach a private question', 'zh-CN': '私下向导师提问' },
  question: { en: 'Your question', 'zh-CN': '你的问题' },
  received: {
    en: 'Your question is with the coaches. Only they can see it; the answer will come to you privately.',
    'zh-CN': '你的问题已交给导师，只有导师能看到；回答会私下发给你。',
  },
  faqTitle: { en: 'Does one of these answer it?', 'zh-CN': '这些常见问题能解答吗？' },
  receivedWithFaq: {
    en: 'Your question is with the coaches (only they can see it). Meanwhile, the club FAQ has these; if one answers it, you can take your question back.',
    'zh-CN': '你的问题已交给导师（只有导师能看到）。社群常见问题里有以下内容；如果已经解答了，你可以撤回提问。',
  },
  withdraw: { en: 'That answers it, withdraw my question', 'zh-CN': '已解答，撤回我的提问' },
  withdrawn: { en: 'Done: your question is withdrawn.', 'zh-CN': '好的，你的提问已撤回。' },
  renewTitle: { en: 'Renew to ask the coaches', 'zh-CN': '续费后即可向导师提问' },
  lapsed: {
    en: 'Your membership has lapsed, so the coaches cannot take new questions from you. Your question was not sent. Run /renew to see your price and how to pay; once the payment is recorded, /ask works again.',
    'zh-CN':
      '你的会籍已过期，导师暂时无法接收你的新提问，这个问题没有发出。使用 /renew 查看应付金额和付款方式；付款登记后即可再次使用 /ask。',
  },
  notJoined: {
    en: 'Questions to the coaches are part of the membership, and yours has not started yet. Your question was not sent. Run /renew to see the fee and how to pay.',
    'zh-CN': '向导师提问是会员权益，你的会籍尚未开始，这个问题没有发出。使用 /renew 查看会费和付款方式。',
  },
  howToPay: { en: 'How to pay', 'zh-CN': '付款方式' },
} as const satisfies CommandTexts<string>;

/**
 * `/ask <question>`: a private question to the coaches (unlimited during the membership). The three closest FAQ
 * entries come with the confirmation, with a button to take the question back if one answers it.
 */
export const askCommand = defineCommand({
  name: 'ask',
  localizedName: { 'zh-CN': '提问' },
  description: texts.description,
  // Member-only, checked by askQuestion itself: the command answers a lapsed member with the way to renew
  // instead of the dispatcher's generic refusal.
  access: 'anyone',
  options: [
    { name: 'question', description: texts.question, type: 'string', required: true, maxLength: 4000, rest: true },
  ],
  async run(ctx, { options }) {
    if (!ctx.member || !ctx.actor || ctx.actor.kind !== 'member') throw new DomainError('account.not_linked');
    const t = texter(texts, ctx.locale);
    let question: Awaited<ReturnType<typeof ctx.core.askQuestion>>;
    try {
      question = await ctx.core.askQuestion({ actor: ctx.actor, body: String(options.question) });
    } catch (error) {
      if (!isDomainError(error) || (error.code !== 'membership.expired' && error.code !== 'membership.none'))
        throw error;
      const instructions = paymentInstructionsFor(ctx.community.settings, ctx.locale).trim();
      return privateMessage(t(error.code === 'membership.expired' ? 'lapsed' : 'notJoined'), {
        tone: 'warning',
        title: t('renewTitle'),
        ...(instructions ? { fields: [{ name: t('howToPay'), value: clip(instructions, 1000) }] } : {}),
      });
    }
    // The question is saved either way; a search failure must not turn it into an error.
    const hits = await ctx.core
      .searchFaq({ actor: ctx.actor, words: clip(question.body, 500), limit: 3 })
      .catch(() => []);
    if (hits.length === 0) return privateMessage(t('received'), { tone: 'success' });
    return privateMessage(t('receivedWithFaq'), {
      tone: 'success',
      title: t('faqTitle'),
      items: hits.map((h) => ({ title: clip(h.entry.question, 250), text: clip(h.entry.answer, 1000) })),
      buttons: [{ action: actionId('ask', 'withdraw', question.id), label: t('withdraw') }],
    });
  },
  actions: {
    async withdraw(ctx, questionId) {
      if (!ctx.actor) throw new DomainError('account.not_linked');
      await ctx.core.withdrawQuestion({ actor: ctx.actor, questionId });
      return privateMessage(texter(texts, ctx.locale)('withdrawn'), { tone: 'success' });
    },
  },
});
