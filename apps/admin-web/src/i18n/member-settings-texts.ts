// A member's own settings on the member page (spread into `texts`), in both languages.
export const memberSettingsTexts = {
  'memberSettings.title': { en: 'Member’s settings', 'zh-CN': '会员个人设置' },
  'memberSettings.hint': {
    en: 'What the member sets with /settings in chat. Changes here are recorded in the audit log.',
    'zh-CN': '即会员在聊天中用 /settings 设置的内容。在此修改会记入操作日志。',
  },
  'memberSettings.language': { en: 'Language', 'zh-CN': '语言' },
  'memberSettings.clubDefault': { en: 'Club default', 'zh-CN': '社群默认' },
  'memberSettings.timezone': { en: 'Time zone (empty: the club’s)', 'zh-CN': '时区（留空：使用社群时区）' },
  'memberSettings.lead': {
    en: 'Lesson reminder, minutes before (empty: the club’s)',
    'zh-CN': '课程提醒提前分钟数（留空：使用社群设置）',
  },
  'memberSettings.introductions': { en: 'Introductions', 'zh-CN': '资源引荐' },
  'memberSettings.intro.on': { en: 'On', 'zh-CN': '开启' },
  'memberSettings.intro.paused': { en: 'Paused until a date', 'zh-CN': '暂停至某日' },
  'memberSettings.intro.off': { en: 'Off', 'zh-CN': '关闭' },
  'memberSettings.pausedUntil': { en: 'Paused until', 'zh-CN': '暂停至' },
  'memberSettings.visibility': { en: 'Directory visibility', 'zh-CN': '通讯录可见范围' },
  'memberSettings.vis.members': { en: 'Members', 'zh-CN': '全体会员' },
  'memberSettings.vis.staff': { en: 'Staff only', 'zh-CN': '仅管理团队' },
  'memberSettings.vis.hidden': { en: 'Hidden', 'zh-CN': '隐藏' },
  'memberSettings.leaderboard': { en: 'Listed on the leaderboard', 'zh-CN': '在贡献榜上显示' },
  'memberSettings.doNotPair': {
    en: 'Never introduce to (handles, one per line)',
    'zh-CN': '不与以下会员配对（昵称，每行一个）',
  },
} as const;
