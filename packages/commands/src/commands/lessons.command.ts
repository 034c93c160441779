import { defineCommand } from '../definition.js';

/** `/lessons`: Upcoming lessons and RSVP (its capability lands in a later release; registered and routed now). */
export const lessonsCommand = defineCommand({
  name: 'lessons',
  localizedName: { 'zh-CN': '课程' },
  description: { en: 'Upcoming lessons and RSVP', 'zh-CN': '近期课程与报名' },
  access: 'member',
  comingSoon: true,
});
