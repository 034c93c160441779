import { defineCommand } from '../definition.js';

/** `/privacy`: Export or delete my data (its capability lands in a later release; registered and routed now). */
export const privacyCommand = defineCommand({
  name: 'privacy',
  localizedName: { 'zh-CN': '隐私' },
  description: { en: 'Export or delete my data', 'zh-CN': '导出或删除我的数据' },
  access: 'anyone',
  comingSoon: true,
  subcommands: [
    { name: 'export', description: { en: 'Send me a copy of my data', 'zh-CN': '导出我的数据' } },
    { name: 'delete', description: { en: 'Delete my data', 'zh-CN': '删除我的数据' } },
  ],
});
