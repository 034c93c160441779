import type { Catalogue } from '@snowball/core';

/** Every line `snowball doctor` prints, in zh-CN and en. */
export const doctorTexts = {
  configValid: { en: 'config: valid (public URL {url})', 'zh-CN': '配置：有效（公开地址 {url}）' },
  embeddedServer: {
    en: 'database: embedded PGlite in {dir}, opened by this check (no snowball process is running)',
    'zh-CN': '数据库：内置 PGlite（{dir}），由本次检查打开（没有正在运行的 snowball 进程）',
  },
  embeddedClient: {
    en: 'database: embedded PGlite in {dir}, served by process {pid} ({command})',
    'zh-CN': '数据库：内置 PGlite（{dir}），由进程 {pid}（{command}）提供',
  },
  checkOk: { en: '{name}: ok', 'zh-CN': '{name}：正常' },
  checkFailed: { en: '{name}: {reason}', 'zh-CN': '{name}：{reason}' },
  redisMissing: { en: 'redis: REDIS_URL is not set', 'zh-CN': 'redis：未设置 REDIS_URL' },
  databaseFailed: { en: 'database: {reason}', 'zh-CN': '数据库：{reason}' },
  schemaMissing: {
    en: 'schema: not migrated — run `snowball migrate`',
    'zh-CN': '数据表：尚未迁移——请运行 `snowball migrate`',
  },
  schemaOutdated: {
    en: 'schema: the database needs an upgrade ({pending} of {total} migrations not applied yet): restart the server (it migrates on start) or run `snowball migrate`',
    'zh-CN':
      '数据表：数据库需要升级（{total} 个迁移中有 {pending} 个尚未应用）：重启服务器（启动时会自动迁移），或运行 `snowball migrate`',
  },
  schemaUnchecked: {
    en: 'schema: not checked (PostgreSQL cannot be reached; check DATABASE_URL)',
    'zh-CN': '数据表：未检查（无法连接 PostgreSQL；请检查 DATABASE_URL）',
  },
  clubs: { en: 'clubs: {slugs}', 'zh-CN': '社群：{slugs}' },
  clubsNone: {
    en: 'clubs: none yet — run `snowball club create` (or `snowball demo`)',
    'zh-CN': '社群：还没有——请运行 `snowball club create`（或 `snowball demo`）',
  },
  platforms: { en: 'platforms: {list}', 'zh-CN': '平台：{list}' },
  discordReachable: { en: 'discord: reachable, signed in as {name}', 'zh-CN': 'discord：可连接，机器人账号 {name}' },
  discordTokenRejected: {
    en: 'discord: the API refuses DISCORD_TOKEN (401); check the bot token',
    'zh-CN': 'discord：API 拒绝了 DISCORD_TOKEN（401）；请检查机器人令牌',
  },
  slackReachable: { en: 'slack: reachable, workspace {team}', 'zh-CN': 'slack：可连接，工作区 {team}' },
  slackTokenRejected: {
    en: 'slack: auth.test refuses SLACK_BOT_TOKEN ({error}); check the token',
    'zh-CN': 'slack：auth.test 拒绝了 SLACK_BOT_TOKEN（{error}）；请检查令牌',
  },
  platformUnreachable: {
    en: '{platform}: unreachable now ({reason}); `snowball start` runs without it and keeps retrying',
    'zh-CN': '{platform}：当前无法连接（{reason}）；`snowball start` 会先在没有它的情况下运行，并持续重试',
  },
  platformsNone: {
    en: 'platforms: none configured (try `snowball chat`)',
    'zh-CN': '平台：尚未配置（可先用 `snowball chat` 体验）',
  },
  clubMissing: {
    en: 'club "{slug}": not found (see `snowball club list`)',
    'zh-CN': '社群「{slug}」：不存在（见 `snowball club list`）',
  },
  club: { en: 'club {slug}: {name}', 'zh-CN': '社群 {slug}：{name}' },
  discordAttached: { en: 'discord: attached to guild {ids}', 'zh-CN': 'discord：已连接服务器 {ids}' },
  discordPending: {
    en: 'discord: DISCORD_GUILD_IDS is set; the guilds are attached when `snowball start` runs',
    'zh-CN': 'discord：已设置 DISCORD_GUILD_IDS；运行 `snowball start` 时会连接这些服务器',
  },
  discordNone: {
    en: 'discord: no guild attached — connect one in the panel (Settings → Platform connections), or set DISCORD_GUILD_IDS and SNOWBALL_COMMUNITY={slug}; the bot needs DISCORD_TOKEN and DISCORD_APPLICATION_ID and the bot role (docs/discord.md)',
    'zh-CN':
      'discord：尚未连接服务器——请在管理后台（设置 → 平台连接）连接，或设置 DISCORD_GUILD_IDS 和 SNOWBALL_COMMUNITY={slug}；机器人需要 DISCORD_TOKEN、DISCORD_APPLICATION_ID 并启动 bot 角色（见 docs/discord.md）',
  },
  discordRole: { en: 'discord: members get the role {role}', 'zh-CN': 'discord：会员获得身份组 {role}' },
  discordGuildRole: {
    en: 'discord: server {guild}: members get its own role {role} (set in Settings)',
    'zh-CN': 'discord：服务器 {guild}：会员获得该服务器自己的身份组 {role}（在设置中填写）',
  },
  discordNoRole: {
    en: 'discord: DISCORD_MEMBER_ROLE_ID is not set, so paying members get no role',
    'zh-CN': 'discord：未设置 DISCORD_MEMBER_ROLE_ID，付费会员不会获得身份组',
  },
  discordNoBot: {
    en: 'discord: neither DISCORD_TOKEN nor DISCORD_PUBLIC_KEY is set, so the bot cannot answer',
    'zh-CN': 'discord：DISCORD_TOKEN 和 DISCORD_PUBLIC_KEY 都未设置，机器人无法响应',
  },
  discordHealthy: {
    en: 'discord: server {guild}: the bot is in, may manage roles, and sits above the member role',
    'zh-CN': 'discord：服务器 {guild}：机器人已加入，可管理身份组，且位于会员身份组之上',
  },
  discordProblem: {
    en: 'discord: server {guild}: {problem} {fix}',
    'zh-CN': 'discord：服务器 {guild}：{problem}{fix}',
  },
  feishuHealthy: {
    en: 'feishu: app {app}: credentials accepted',
    'zh-CN': '飞书：应用 {app}：凭证有效',
  },
  feishuProblem: { en: 'feishu: {problem} {fix}', 'zh-CN': '飞书：{problem}{fix}' },
  discordUnreachable: {
    en: 'discord: could not ask Discord about server {guild}: {reason}',
    'zh-CN': 'discord：无法向 Discord 查询服务器 {guild}：{reason}',
  },
  slackAttached: { en: 'slack: attached to workspace {ids}', 'zh-CN': 'slack：已连接工作区 {ids}' },
  slackHealthy: {
    en: 'slack: workspace {team}: the token works, every scope is granted, and the bot is in each members-only channel',
    'zh-CN': 'slack：工作区 {team}：令牌有效，权限范围齐全，机器人已在每个会员专属频道中',
  },
  slackProblem: {
    en: 'slack: workspace {team}: {problem} {fix}',
    'zh-CN': 'slack：工作区 {team}：{problem}{fix}',
  },
  slackNoChannels: {
    en: 'slack: SLACK_MEMBER_CHANNEL_IDS is not set, so members are invited to no channel',
    'zh-CN': 'slack：未设置 SLACK_MEMBER_CHANNEL_IDS，会员不会被邀请进任何频道',
  },
  slackNoBot: {
    en: 'slack: neither SLACK_BOT_TOKEN nor SLACK_CLIENT_ID is set, so the bot cannot answer',
    'zh-CN': 'slack：SLACK_BOT_TOKEN 和 SLACK_CLIENT_ID 都未设置，机器人无法响应',
  },
  slackNoneOAuth: {
    en: "slack: no workspace attached — an owner installs the app from {url}/slack/install while signed in to this club's panel",
    'zh-CN': 'slack：尚未连接工作区——请群主登录本社群的管理后台后，在 {url}/slack/install 安装应用',
  },
  slackNone: {
    en: 'slack: no workspace attached — set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) with SNOWBALL_COMMUNITY={slug}, or the OAuth variables for several workspaces (docs/slack.md)',
    'zh-CN':
      'slack：尚未连接工作区——请设置 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET（或 SLACK_APP_TOKEN）以及 SNOWBALL_COMMUNITY={slug}；多个工作区请设置 OAuth 相关变量（见 docs/slack.md）',
  },
} as const satisfies Catalogue;

export type DoctorText = keyof typeof doctorTexts;
