import { DomainError } from '@snowball/core';
import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { texter } from '../texter.js';

const texts = {
  description: {
    en: 'Link your Discord, Slack and Feishu accounts',
    'zh-CN': '关联你的 Discord、Slack 和飞书账号',
  },
  code: { en: 'The code from your other platform', 'zh-CN': '在另一个平台获取的关联码' },
  yourCode: {
    en: 'Your link code is {code} (valid 15 minutes). On your other platform, run /link {code}.',
    'zh-CN': '你的关联码是 {code}（15 分钟内有效）。请在另一个平台输入 /link {code}。',
  },
  linked: {
    en: 'Linked! {account} now shares your membership.',
    'zh-CN': '关联成功！{account}已与你的会籍绑定。',
  },
  // The account `linked` names, keyed by the caller's platform (one per Platform).
  discord: { en: 'This Discord account', 'zh-CN': '这个 Discord 账号' },
  slack: { en: 'This Slack account', 'zh-CN': '这个 Slack 账号' },
  feishu: { en: 'This Feishu account', 'zh-CN': '这个飞书账号' },
  simulator: { en: 'This simulator account', 'zh-CN': '这个模拟器账号' },
} as const satisfies CommandTexts<string>;

/** `/link`: without a code, makes one; with a code (typed on the other platform), links this account. */
export const linkCommand = defineCommand({
  name: 'link',
  localizedName: { 'zh-CN': '关联账号' },
  description: texts.description,
  access: 'anyone',
  options: [{ name: 'code', description: texts.code, type: 'string', maxLength: 16, rest: true }],
  async run(ctx, { options }) {
    const t = texter(texts, ctx.locale);
    const code = typeof options.code === 'string' ? options.code : '';
    if (!code) {
      if (!ctx.actor) throw new DomainError('account.not_linked');
      const link = await ctx.core.createLinkCode({ actor: ctx.actor });
      return privateMessage(t('yourCode', { code: link.code }));
    }
    await ctx.core.redeemLinkCode({
      communityId: ctx.community.id,
      code,
      account: {
        platform: ctx.caller.platform,
        workspaceId: ctx.caller.workspaceId,
        platformUserId: ctx.caller.userId,
      },
    });
    return privateMessage(t('linked', { account: t(ctx.caller.platform) }), { tone: 'success' });
  },
});
