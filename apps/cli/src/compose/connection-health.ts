import type { ConnectionHealth, WorkspaceHealth } from '@snowball/admin-api';
import { createDiscordRest, reportDiscordConnections } from '@snowball/discord';
import { checkFeishuConnection, createFeishuClient, FEISHU_CHECK_TEXTS, type FeishuSettings } from '@snowball/feishu';
import type { Config } from '../config.js';

/**
 * The Settings screen's connection health: Discord asked with the bot's own REST client (in the guild, Manage
 * Roles, above the member role). Undefined without a bot token: there is nothing to ask with.
 */
export function discordConnectionHealth(config: Config): ConnectionHealth | undefined {
  const token = config.DISCORD_TOKEN;
  if (!token) return undefined;
  const rest = createDiscordRest({ token, apiUrl: config.DISCORD_API_URL });
  return async ({ discordGuilds }) =>
    reportDiscordConnections(rest, { guildIds: discordGuilds, memberRoleId: config.DISCORD_MEMBER_ROLE_ID ?? null });
}

const FEISHU_UNREACHABLE = {
  problem: { en: 'Feishu could not be reached: {reason}', 'zh-CN': '无法连接飞书：{reason}' },
  fix: {
    en: 'Check that this server can reach the Feishu Open API (FEISHU_DOMAIN, FEISHU_API_URL, proxy settings), then reload.',
    'zh-CN': '请检查本服务器能否访问飞书开放平台（FEISHU_DOMAIN、FEISHU_API_URL、代理设置），然后刷新。',
  },
} as const;

/**
 * The Feishu app's health for the Settings screen, asked with the official SDK's client (`checkFeishuConnection`:
 * the credentials work; an HTTP callback can verify what it receives). Undefined when Feishu is not configured.
 */
export function feishuConnectionHealth(config: Config): (() => Promise<WorkspaceHealth>) | undefined {
  if (!config.FEISHU_APP_ID || !config.FEISHU_APP_SECRET) return undefined;
  const settings: FeishuSettings = {
    appId: config.FEISHU_APP_ID,
    appSecret: config.FEISHU_APP_SECRET,
    ...(config.FEISHU_ENCRYPT_KEY ? { encryptKey: config.FEISHU_ENCRYPT_KEY } : {}),
    ...(config.FEISHU_VERIFICATION_TOKEN ? { verificationToken: config.FEISHU_VERIFICATION_TOKEN } : {}),
    ...(config.FEISHU_DOMAIN === 'lark' ? { domain: 'lark' as const } : {}),
    ...(config.FEISHU_API_URL ? { apiUrl: config.FEISHU_API_URL } : {}),
  };
  const httpCallback = Boolean(config.FEISHU_ENCRYPT_KEY || config.FEISHU_VERIFICATION_TOKEN);
  const client = createFeishuClient(settings);
  return async () => {
    const base = { platform: 'feishu' as const, workspaceId: settings.appId };
    try {
      const health = await checkFeishuConnection(client, settings, { httpCallback });
      const problems = health.checks.filter((c) => !c.ok).map((c) => FEISHU_CHECK_TEXTS[c.id]);
      return { ...base, checked: true, ok: health.ok, problems };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const problem = {
        en: FEISHU_UNREACHABLE.problem.en.replace('{reason}', reason),
        'zh-CN': FEISHU_UNREACHABLE.problem['zh-CN'].replace('{reason}', reason),
      };
      return { ...base, checked: false, ok: false, problems: [{ problem, fix: FEISHU_UNREACHABLE.fix }] };
    }
  };
}

/** Every configured platform's health for the Settings screen (Discord per attached server, then Feishu's app). */
export function connectionHealth(config: Config): ConnectionHealth | undefined {
  const discord = discordConnectionHealth(config);
  const feishu = feishuConnectionHealth(config);
  if (!discord && !feishu) return undefined;
  return async (attached) => [...(discord ? await discord(attached) : []), ...(feishu ? [await feishu()] : [])];
}
