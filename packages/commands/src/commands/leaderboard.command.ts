import { defineCommand } from '../definition.js';

/** `/leaderboard`: Who gave the most value (its capability lands in a later release; registered and routed now). */
export const leaderboardCommand = defineCommand({
  name: 'leaderboard',
  localizedName: { 'zh-CN': '贡献榜' },
  description: { en: 'Who gave the most value', 'zh-CN': '价值贡献排行榜' },
  access: 'member',
  comingSoon: true,
});
