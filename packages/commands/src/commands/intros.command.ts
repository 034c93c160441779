import { defineCommand } from '../definition.js';

/** `/intros`: Suggested introductions (its capability lands in a later release; registered and routed now). */
export const introsCommand = defineCommand({
  name: 'intros',
  localizedName: { 'zh-CN': '引荐' },
  description: { en: 'Suggested introductions', 'zh-CN': '为你推荐的引荐' },
  access: 'member',
  comingSoon: true,
});
