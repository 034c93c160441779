import { defineCommand } from '../definition.js';

/** `/deal`: Record a deal from an introduction (its capability lands in a later release; registered and routed now). */
export const dealCommand = defineCommand({
  name: 'deal',
  localizedName: { 'zh-CN': '记录合作' },
  description: { en: 'Record a deal from an introduction', 'zh-CN': '登记由引荐促成的合作' },
  access: 'member',
  comingSoon: true,
  options: [
    {
      name: 'amount',
      description: { en: 'Deal value', 'zh-CN': '合作金额' },
      type: 'string',
      required: true,
      maxLength: 30,
    },
    {
      name: 'currency',
      description: { en: 'Currency, e.g. CNY', 'zh-CN': '货币，例如 CNY' },
      type: 'string',
      maxLength: 3,
    },
    {
      name: 'note',
      description: { en: 'What the deal was', 'zh-CN': '合作内容' },
      type: 'string',
      maxLength: 500,
      rest: true,
    },
  ],
});
