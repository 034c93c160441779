import { defineCommand } from '../definition.js';

/** `/appeal`: Appeal a moderation decision (its capability lands in a later release; registered and routed now). */
export const appealCommand = defineCommand({
  name: 'appeal',
  localizedName: { 'zh-CN': '申诉' },
  description: { en: 'Appeal a moderation decision', 'zh-CN': '对违规处理提出申诉' },
  access: 'member',
  comingSoon: true,
  options: [
    {
      name: 'reason',
      description: { en: 'Why the decision was wrong', 'zh-CN': '申诉理由' },
      type: 'string',
      required: true,
      maxLength: 2000,
      rest: true,
    },
  ],
});
