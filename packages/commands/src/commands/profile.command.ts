import { defineCommand } from '../definition.js';

/** `/profile`: View or edit my profile (its capability lands in a later release; registered and routed now). */
export const profileCommand = defineCommand({
  name: 'profile',
  localizedName: { 'zh-CN': '个人资料' },
  description: { en: 'View or edit my profile', 'zh-CN': '查看或编辑我的个人资料' },
  access: 'member',
  comingSoon: true,
});
