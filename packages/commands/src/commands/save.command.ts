import { actionId, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage } from '../reply.js';
import { requireMember } from '../require-member.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Save to library', 'zh-CN': '收入精华' },
  savedStaff: {
    en: 'Saved to the club library as “{title}”. Give it a better title and tags if you like.',
    'zh-CN': '已收入社群精华：“{title}”。可以补充更好的标题和标签。',
  },
  savedMember: {
    en: 'Saved for the club library as “{title}”; staff will review it. Give it a title and tags to help them.',
    'zh-CN': '已提交到社群精华：“{title}”，工作人员审核后收录。补充标题和标签会更好。',
  },
  again: { en: 'This message is already in the library: “{title}”.', 'zh-CN': '这条消息已经在精华库里：“{title}”。' },
  describe: { en: 'Add title and tags', 'zh-CN': '补充标题和标签' },
  formTitle: { en: 'Title and tags', 'zh-CN': '标题和标签' },
  title: { en: 'Title', 'zh-CN': '标题' },
  tags: { en: 'Tags, e.g. #pricing #海外', 'zh-CN': '标签，例如 #定价 #海外' },
  done: { en: 'Saved: “{title}” {tags}', 'zh-CN': '已保存：“{title}” {tags}' },
} as const satisfies CommandTexts<string>;

/** A link to a Discord message; Slack permalinks need an API call, so Slack entries keep the ids only. */
function messageUrl(platform: string, workspaceId: string, channelId: string, messageId: string): string | null {
  return platform === 'discord' ? `https://discord.com/channels/${workspaceId}/${channelId}/${messageId}` : null;
}

/**
 * "Save to library" (Discord message menu, Slack message shortcut): keeps a valuable chat message in the club library
 * (精华), then offers a form for its title and tags. Staff saves go in at once; members' wait for staff.
 */
export const saveCommand = defineCommand({
  name: 'save',
  localizedName: { 'zh-CN': '收入精华' },
  description: texts.description,
  access: 'member',
  type: 'message',
  formActions: ['describe'],
  async report(ctx, target) {
    const { actor } = requireMember(ctx);
    const t = texter(texts, ctx.locale);
    const { platform, workspaceId } = ctx.caller;
    const { entry, duplicate } = await ctx.core.saveToLibrary({
      actor,
      platform,
      workspaceId,
      channelId: target.channelId,
      messageId: target.messageId,
      authorUserId: target.authorId,
      body: target.content,
      url: messageUrl(platform, workspaceId, target.channelId, target.messageId),
    });
    if (duplicate) return privateMessage(t('again', { title: entry.title }));
    return privateMessage(t(entry.status === 'approved' ? 'savedStaff' : 'savedMember', { title: entry.title }), {
      tone: 'success',
      buttons: [{ action: actionId('save', 'describe', entry.id), label: t('describe'), style: 'secondary' }],
    });
  },
  actions: {
    async describe(ctx, entryId) {
      const t = texter(texts, ctx.locale);
      return formReply({
        action: actionId('save', 'named', entryId),
        title: t('formTitle'),
        fields: [
          { id: 'title', label: t('title'), style: 'short', required: true, maxLength: 200 },
          { id: 'tags', label: t('tags'), style: 'short', required: false, maxLength: 200 },
        ],
      });
    },
    async named(ctx, entryId, values) {
      const { actor } = requireMember(ctx);
      const entry = await ctx.core.describeLibraryEntry({
        actor,
        entryId,
        title: values?.title ?? '',
        tags: values?.tags ?? '',
      });
      const t = texter(texts, ctx.locale);
      return privateMessage(t('done', { title: entry.title, tags: entry.tags.map((x) => `#${x}`).join(' ') }), {
        tone: 'success',
      });
    },
  },
});
