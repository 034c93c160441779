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
    en: 'In Discord: turn on Developer Mode, right-click the server, Copy Server ID. Invite the bot to the server first (see docs/discord.md); when you connect, the bot adds its commands there at once.',
    'zh-CN':
      '在 Discord 中开启开发者模式，右键服务器并选择“复制服务器 ID”。请先把机器人邀请进该服务器（见 docs/discord.md）；连接后机器人会立即在该服务器添加命令。',
  },
  'settings.memberRoleId': { en: 'Member role id (optional)', 'zh-CN': '会员身份组 ID（可选）' },
  'settings.memberRoleIdHelp': {
    en: 'The role paying members get in this server: Server Settings → Roles → right-click the role → Copy Role ID. It is checked against the server’s roles. Left empty, the server uses the deployment’s DISCORD_MEMBER_ROLE_ID; to change the role of a connected server, connect it again with the new id.',
    'zh-CN':
      '付费会员在该服务器获得的身份组：服务器设置 → 身份组 → 右键该身份组 → 复制身份组 ID。提交时会与该服务器的身份组核对。留空则使用部署配置的 DISCORD_MEMBER_ROLE_ID；要更换已连接服务器的身份组，请用新的 ID 再连接一次。',
  },
  'settings.memberRole': { en: 'member role {role}', 'zh-CN': '会员身份组 {role}' },
  'settings.memberRoleDefault': { en: 'member role: the deployment default', 'zh-CN': '会员身份组：部署默认值' },
  'settings.commandsRegistered': {
    en: 'The slash commands are now available in this server.',
    'zh-CN': '斜杠命令现已在该服务器中可用。',
  },
  'settings.commandsFailed': {
    en: 'The commands could not be added to this server ({reason}). Check that the bot is in the server, then connect it again.',
    'zh-CN': '无法在该服务器添加命令（{reason}）。请确认机器人已在该服务器中，然后再连接一次。',
  },
  'settings.commandsUnavailable': {
    en: 'No Discord bot token on this deployment (DISCORD_TOKEN): the commands are added when a bot is configured and started.',
    'zh-CN': '本部署未配置 Discord 机器人令牌（DISCORD_TOKEN）：配置并启动机器人后才会添加命令。',
  },
  'settings.health': { en: 'Connection health', 'zh-CN': '连接状态' },
  'settings.healthOk': { en: 'Working', 'zh-CN': '正常' },
  'settings.healthProblem': { en: 'Needs a fix', 'zh-CN': '需要处理' },
  'settings.healthOff': {
    en: 'Connection health needs a bot on the server (DISCORD_TOKEN, the Slack app, or FEISHU_APP_ID and FEISHU_APP_SECRET): without one nothing can be asked of the platforms.',
    'zh-CN':
      '查看连接状态需要在服务器上配置机器人（DISCORD_TOKEN、Slack 应用，或 FEISHU_APP_ID 与 FEISHU_APP_SECRET），否则无法向平台查询。',
  },
  'settings.connect': { en: 'Connect', 'zh-CN': '连接' },
  'settings.connected': { en: 'Connected.', 'zh-CN': '已连接。' },
  'settings.alreadyConnected': { en: 'Already connected to this club.', 'zh-CN': '该服务器已连接到本社群。' },
  'settings.disconnect': { en: 'Disconnect', 'zh-CN': '断开连接' },
  'settings.confirmDisconnect': {
    en: 'Disconnect Discord server {id} from this club? The bot stops moderating it at once, its slash commands are removed, and its member role is forgotten. Members keep their membership; you can connect the server again later.',
    'zh-CN':
      '要将 Discord 服务器 {id} 与本社群断开连接吗？机器人会立即停止在该服务器中的管理，移除斜杠命令，并不再记录其会员身份组。会员的会籍不受影响；之后可以重新连接该服务器。',
  },
  'settings.disconnectFailed': {
    en: 'The server is disconnected, but its slash commands could not be removed: remove them in Discord (Server Settings → Integrations) or kick the bot.',
    'zh-CN':
      '服务器已断开连接，但无法移除其斜杠命令：请在 Discord 中移除（服务器设置 → 整合），或将机器人移出该服务器。',
  },
} as const;
