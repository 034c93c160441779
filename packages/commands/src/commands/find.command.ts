import { defineCommand } from '../definition.js';

/** `/find`: Search the member directory (its capability lands in a later release; registered and routed now). */
export const findCommand = defineCommand({
  name: 'find',
  localizedName: { 'zh-CN': '找人' },
  description: { en: 'Search the member directory', 'zh-CN': '搜索会员名录' },
  access: 'member',
  comingSoon: true,
  options: [
    {
      name: 'words',
      description: { en: 'What you are looking for', 'zh-CN': '想找的人或资源' },
      type: 'string',
      maxLength: 200,
      rest: true,
    },
    { name: 'industry', description: { en: 'Industry', 'zh-CN': '行业' }, type: 'string', maxLength: 80 },
    { name: 'region', description: { en: 'Region or city', 'zh-CN': '地区或城市' }, type: 'string', maxLength: 80 },
  ],
});
