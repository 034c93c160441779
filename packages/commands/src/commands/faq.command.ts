import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Search the club FAQ', 'zh-CN': '搜索社群常见问题' },
  words: { en: 'What you are looking for', 'zh-CN': '你想找什么' },
  title: { en: 'FAQ: {words}', 'zh-CN': '常见问题：{words}' },
  none: {
    en: 'Nothing in the FAQ matches “{words}” yet. Ask the coaches privately with /ask.',
    'zh-CN': '常见问题里还没有与“{words}”相关的内容，可以用 /ask 私下问导师。',
  },
} as const satisfies CommandTexts<string>;

/** `/faq <words>`: the closest entries of the club FAQ (answered questions published anonymised), in both languages. */
export const faqCommand = defineCommand({
  name: 'faq',
  localizedName: { 'zh-CN': '常见问题' },
  description: texts.description,
  access: 'member',
  options: [{ name: 'words', description: texts.words, type: 'string', required: true, maxLength: 200, rest: true }],
  async run(ctx, { options }) {
    if (!ctx.actor) throw new Error('member access without actor');
    const t = texter(texts, ctx.locale);
    const words = String(options.words);
    const hits = await ctx.core.searchFaq({ actor: ctx.actor, words, limit: 5 });
    if (hits.length === 0) return privateMessage(t('none', { words: clip(words, 80) }));
    return privateMessage('', {
      title: clip(t('title', { words }), 200),
      items: hits.map((h) => ({ title: clip(h.entry.question, 250), text: clip(h.entry.answer, 1000) })),
    });
  },
});
