import { defineCommand } from '../definition.js';

/** `/mod`: Staff tools (its capability lands in a later release; registered and routed now). */
export const modCommand = defineCommand({
  name: 'mod',
  localizedName: { 'zh-CN': '管理' },
  description: { en: 'Staff tools', 'zh-CN': '管理工具' },
  access: ['moderator', 'coach'],
  comingSoon: true,
  subcommands: [
    {
      name: 'login',
      description: { en: 'DM me a one-time admin panel login link', 'zh-CN': '私信我一个一次性后台登录链接' },
    },
  ],
});
