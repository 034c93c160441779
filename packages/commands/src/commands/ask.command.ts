import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Ask the coach a private question', 'zh-CN': '私下向导师提问' },
  question: { en: 'Your question', 'zh-CN': '你的问题' },
  received: {
    en: 'Your question is with the coaches. Only they can see it; the answer will come to you privately.',
    'zh-CN': '你的问题已交给导师，只有导师能看到；回答会私下发给你。',
  },
} as const satisfies CommandTexts<string>;

/** `/ask <question>`: a private question to the coaches (unlimited during the membership). */
export const askCommand = defineCommand({
  name: 'ask',
  localizedName: { 'zh-CN': '提问' },
  description: texts.description,
  access: 'member',
  options: [
    { name: 'question', description: texts.question, type: 'string', required: true, maxLength: 4000, rest: true },
  ],
  async run(ctx, { options }) {
    if (!ctx.actor) throw new Error('member access without actor');
    await ctx.core.askQuestion({ actor: ctx.actor, body: String(options.question) });
    return privateMessage(texter(texts, ctx.locale)('received'), { tone: 'success' });
  },
});
