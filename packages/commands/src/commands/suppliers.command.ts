import { defineCommand } from '../definition.js';

/** `/suppliers`: Search vetted suppliers or recommend one (its capability lands in a later release; registered and routed now). */
export const suppliersCommand = defineCommand({
  name: 'suppliers',
  localizedName: { 'zh-CN': '供应商' },
  description: { en: 'Search vetted suppliers or recommend one', 'zh-CN': '搜索或推荐经审核的供应商' },
  access: 'member',
  comingSoon: true,
  options: [
    {
      name: 'words',
      description: { en: 'Category or words', 'zh-CN': '类别或关键词' },
      type: 'string',
      maxLength: 200,
      rest: true,
    },
  ],
});
