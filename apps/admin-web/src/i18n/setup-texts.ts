// The new club's setup checklist and the bilingual settings (spread into `texts`), in both languages.
export const setupTexts = {
  'setup.title': { en: 'Set up your club', 'zh-CN': '完成社群设置' },
  'setup.hint': {
    en: 'A few steps before your first applicant arrives. Essential steps are marked; this list stays on the dashboard until they are done.',
    'zh-CN': '迎接第一位申请人之前还有几步。标为“必需”的步骤完成前，这份清单会一直显示在首页。',
  },
  'setup.progress': { en: '{done} of {total} done', 'zh-CN': '已完成 {done} / {total}' },
  'setup.done': { en: 'Done', 'zh-CN': '已完成' },
  'setup.notDone': { en: 'Not done', 'zh-CN': '未完成' },
  'setup.essential': { en: 'Essential', 'zh-CN': '必需' },
  'setup.open': { en: 'Open', 'zh-CN': '去设置' },
  'setup.item.names': { en: 'Club name in Chinese and English', 'zh-CN': '社群中英文名称' },
  'setup.item.fee': { en: 'Fee and currency', 'zh-CN': '会费与币种' },
  'setup.item.membership': { en: 'Membership length and grace days', 'zh-CN': '会籍时长与宽限天数' },
  'setup.item.timezone': { en: 'Time zone', 'zh-CN': '时区' },
  'setup.item.language': { en: 'Default language', 'zh-CN': '默认语言' },
  'setup.item.values': {
    en: 'Values statement and pledge, in both languages',
    'zh-CN': '价值观声明与承诺（中英文）',
  },
  'setup.item.paymentInstructions': {
    en: 'Payment instructions (bank / WeChat Pay / Alipay), in both languages',
    'zh-CN': '付款说明（银行转账 / 微信支付 / 支付宝，中英文）',
  },
  'setup.item.excludedKeywords': { en: 'Excluded industries and keywords', 'zh-CN': '不接受的行业与关键词' },
  'setup.item.discord': { en: 'Connect Discord', 'zh-CN': '连接 Discord' },
  'setup.item.slack': { en: 'Connect Slack', 'zh-CN': '连接 Slack' },
  'setup.item.staff': { en: 'Invite staff', 'zh-CN': '邀请管理团队' },
  'settings.names': { en: 'Club name', 'zh-CN': '社群名称' },
  'settings.nameZh': { en: 'Name in Chinese', 'zh-CN': '中文名称' },
  'settings.nameEn': { en: 'Name in English', 'zh-CN': '英文名称' },
  'settings.valuesZh': { en: 'Values statement (Chinese)', 'zh-CN': '社群价值观（中文）' },
  'settings.valuesEn': { en: 'Values statement (English)', 'zh-CN': '社群价值观（英文）' },
  'settings.valuesPledgeHint': {
    en: 'Applicants read the statement in their language and pledge to it with the “I share these values” button before the form opens.',
    'zh-CN': '申请人会以自己的语言阅读价值观，并点击“我认同以上价值观”按钮作出承诺后才能填写申请表。',
  },
  'settings.paymentZh': { en: 'Payment instructions (Chinese)', 'zh-CN': '付款说明（中文）' },
  'settings.paymentEn': { en: 'Payment instructions (English)', 'zh-CN': '付款说明（英文）' },
  'settings.connectDiscord': { en: 'Connect a Discord server', 'zh-CN': '连接 Discord 服务器' },
  'settings.guildId': { en: 'Server (guild) id', 'zh-CN': '服务器（guild）id' },
  'settings.guildIdHelp': {
    en: 'In Discord: turn on Developer Mode, right-click the server, Copy Server ID. Invite the bot to the server too (see docs/discord.md); the bot adds its commands there when snowball next starts.',
    'zh-CN':
      '在 Discord 中开启开发者模式，右键服务器并选择“复制服务器 ID”。同时请把机器人邀请进该服务器（见 docs/discord.md）；snowball 下次启动时机器人会在该服务器添加命令。',
  },
  'settings.health': { en: 'Connection health', 'zh-CN': '连接状态' },
  'settings.healthOk': { en: 'Working', 'zh-CN': '正常' },
  'settings.healthProblem': { en: 'Needs a fix', 'zh-CN': '需要处理' },
  'settings.healthOff': {
    en: 'Connection health needs a bot on the server (DISCORD_TOKEN, or FEISHU_APP_ID and FEISHU_APP_SECRET): without one nothing can be asked of the platforms.',
    'zh-CN':
      '查看连接状态需要在服务器上配置机器人（DISCORD_TOKEN，或 FEISHU_APP_ID 与 FEISHU_APP_SECRET），否则无法向平台查询。',
  },
  'settings.connect': { en: 'Connect', 'zh-CN': '连接' },
  'settings.connected': { en: 'Connected.', 'zh-CN': '已连接。' },
  'settings.alreadyConnected': { en: 'Already connected to this club.', 'zh-CN': '该服务器已连接到本社群。' },
} as const;
