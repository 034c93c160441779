import { defineCommand } from '../definition.js';

/** Message menu "Report message" (Discord context menu, Slack message shortcut); capability lands later, routed now. */
export const reportCommand = defineCommand({
  name: 'report',
  localizedName: { 'zh-CN': '举报消息' },
  description: { en: 'Report message', 'zh-CN': '举报消息' },
  access: 'member',
  comingSoon: true,
  type: 'message',
});
