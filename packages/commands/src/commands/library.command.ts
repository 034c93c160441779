import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Search the club library (精华)', 'zh-CN': '搜索社群精华' },
  search: { en: 'Words or #tag', 'zh-CN': '关键词或 #标签' },
  title: { en: 'Library: {search}', 'zh-CN': '精华：{search}' },
  none: {
    en: 'Nothing in the library matches “{search}” yet. Save valuable messages with “Save to library” on the message.',
    'zh-CN': '精华库里还没有与“{search}”相关的内容。可在消息上使用“收入精华”保存有价值的消息。',
  },
  open: { en: 'Open', 'zh-CN': '查看' },
  author: { en: 'Author', 'zh-CN': '作者' },
  original: { en: 'Original message', 'zh-CN': '原消息' },
} as const satisfies CommandTexts<string>;

/** `/library <words or #tag>`: approved library entries, closest first, each with a button to read it whole. */
export const libraryCommand = defineCommand({
  name: 'library',
  localizedName: { 'zh-CN': '精华' },
  description: texts.description,
  access: 'member',
  options: [{ name: 'search', description: texts.search, type: 'string', required: true, maxLength: 200, rest: true }],
  async run(ctx, { options }) {
    const { actor } = requireMember(ctx);
    const t = texter(texts, ctx.locale);
    const search = String(options.search);
    const { entries } = await ctx.core.searchLibrary({ actor, search, limit: 5 });
    if (entries.length === 0) return privateMessage(t('none', { search: clip(search, 80) }));
    return privateMessage('', {
      title: clip(t('title', { search }), 200),
      items: entries.map((e) => ({
        title: clip([e.title, ...e.tags.map((tag) => `#${tag}`)].join(' '), 250),
        text: clip(e.body, 300),
        buttons: [{ action: actionId('library', 'open', e.id), label: t('open') }],
      })),
    });
  },
  actions: {
    async open(ctx, entryId) {
      const { actor } = requireMember(ctx);
      const t = texter(texts, ctx.locale);
      const entry = await ctx.core.openLibraryEntry({ actor, entryId });
      const fields = [
        ...(entry.authorName ? [{ name: t('author'), value: entry.authorName }] : []),
        ...(entry.url ? [{ name: t('original'), value: entry.url }] : []),
      ];
      return privateMessage(clip(entry.body, 3500), { title: clip(entry.title, 200), fields });
    },
  },
});
