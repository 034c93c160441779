import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { texter } from '../texter.js';

const texts = {
  description: { en: 'Staff tools', 'zh-CN': '管理工具' },
  login: { en: 'DM me a one-time admin panel login link', 'zh-CN': '私信我一个一次性后台登录链接' },
  sent: {
    en: 'Check your direct messages: a sign-in link for the admin panel is there (valid 10 minutes).',
    'zh-CN': '请查看私信：后台登录链接已发送给你（10 分钟内有效）。',
  },
} as const satisfies CommandTexts<string>;

/** `/mod login`: DMs a one-time admin-panel login link (never shown in a channel). */
export const modCommand = defineCommand({
  name: 'mod',
  localizedName: { 'zh-CN': '管理' },
  description: texts.description,
  access: ['moderator', 'coach'],
  subcommands: [{ name: 'login', description: texts.login }],
  async run(ctx) {
    if (!ctx.actor) throw new Error('staff access without actor');
    await ctx.core.sendLoginLink({
      actor: ctx.actor,
      publicUrl: ctx.publicUrl,
      platform: ctx.caller.platform,
      workspaceId: ctx.caller.workspaceId,
      platformUserId: ctx.caller.userId,
      locale: ctx.locale,
    });
    return privateMessage(texter(texts, ctx.locale)('sent'), { tone: 'success' });
  },
});
