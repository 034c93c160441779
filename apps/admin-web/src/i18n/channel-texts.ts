// The Settings fields for the bot's channel posts (staff channel cards, weekly digest), spread into `texts`.
export const channelTexts = {
  'settings.channels': { en: 'Staff channel and weekly digest', 'zh-CN': '工作人员频道与每周简报' },
  'settings.channelsHint': {
    en: 'Channel ids per platform (Discord: right-click the channel → Copy Channel ID; Slack: C…; Feishu: oc_…). Leave a platform empty to post nothing there. The bot must be in the channel.',
    'zh-CN':
      '按平台填写频道 ID（Discord：右键频道 → 复制频道 ID；Slack：C 开头；飞书：oc_ 开头）。留空则不在该平台发帖。机器人需已加入该频道。',
  },
  'settings.staffChannels': {
    en: 'Staff channel: a card per new question with Claim / Answer buttons, updated as it is claimed, answered and resolved',
    'zh-CN': '工作人员频道：每个新提问发一张带“认领 / 回答”按钮的卡片，认领、回答、解决后自动更新',
  },
  'settings.digestChannels': {
    en: 'Weekly digest channel: posted Mondays 09:00 club time (new members, lessons ahead, contributors who opted in, intros and deals, a FAQ and a library entry)',
    'zh-CN':
      '每周简报频道：每周一社群时间 09:00 发布（新会员、即将开课、开启排行榜的价值贡献者、引荐与成交、一条常见问题和一条精华）',
  },
  'settings.channelDiscord': { en: 'Discord channel id', 'zh-CN': 'Discord 频道 ID' },
  'settings.channelSlack': { en: 'Slack channel id', 'zh-CN': 'Slack 频道 ID' },
  'settings.channelFeishu': { en: 'Feishu chat id', 'zh-CN': '飞书群 ID' },
  'settings.digestLanguages': { en: 'Digest language', 'zh-CN': '简报语言' },
  'settings.digestDefaultOnly': { en: 'The club’s default language', 'zh-CN': '社群默认语言' },
  'settings.digestBoth': { en: 'Both languages (two posts)', 'zh-CN': '中英双语（两条）' },
} as const;
