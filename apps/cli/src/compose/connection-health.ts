import type { ConnectionHealth, DiscordGuildSetup, WorkspaceHealth } from '@snowball/admin-api';
import {
  createDiscordRest,
  discordGuildRoles,
  registerDiscordCommands,
  reportDiscordConnections,
} from '@snowball/discord';
import { checkFeishuConnection, createFeishuClient, FEISHU_CHECK_TEXTS, type FeishuSettings } from '@snowball/feishu';
import {
  createSlackPorts,
  memberChannelsFromList,
  reportSlackConnections,
  type SlackInstallationStore,
} from '@snowball/slack';
import type { Config } from '../config.js';
import { slackSettings } from './start-platforms.js';

/**
 * The Settings screen's connection health: Discord asked with the bot's own REST client (in the guild, Manage
 * Roles, above the member role: each guild's own, else DISCORD_MEMBER_ROLE_ID). Undefined without a bot token:
 * there is nothing to ask with.
 */
export function discordConnectionHealth(config: Config): ConnectionHealth | undefined {
  const token = config.DISCORD_TOKEN;
  if (!token) return undefined;
  const rest = createDiscordRest({ token, apiUrl: config.DISCORD_API_URL });
  return async ({ discordGuilds, discordMemberRoles }) =>
    reportDiscordConnections(rest, {
      guildIds: discordGuilds,
      memberRoleId: config.DISCORD_MEMBER_ROLE_ID ?? null,
      ...(discordMemberRoles ? { memberRoles: discordMemberRoles } : {}),
    });
}

/**
 * What attaching a Discord server from the panel asks of Discord with the bot's token: the server's roles (to
 * check the member role chosen) and registering the slash commands there at once. Undefined without a bot token.
 */
export function discordGuildSetup(
  config: Config,
  /** Told when a server was connected or disconnected here, so this process's bot serves it, or stops, at once. */
  options: { readonly onConnected?: (guildId: string) => void } = {},
): DiscordGuildSetup | undefined {
  const token = config.DISCORD_TOKEN;
  if (!token) return undefined;
  const rest = createDiscordRest({ token, apiUrl: config.DISCORD_API_URL });
  const applicationId = config.DISCORD_APPLICATION_ID;
  return {
    roles: (guildId) => discordGuildRoles(rest, guildId),
    async registerCommands(guildId) {
      // Called once the guild is attached: the bot of this process serves it from now on.
      options.onConnected?.(guildId);
      if (!applicationId) return { registered: false, reason: 'DISCORD_APPLICATION_ID is not set' };
      const result = await registerDiscordCommands({ rest, applicationId, guildIds: [guildId] });
      const failed = result.failed[0];
      if (!failed) return { registered: true };
      return { registered: false, reason: failed.error instanceof Error ? failed.error.message : String(failed.error) };
    },
    async disconnected(guildId) {
      options.onConnected?.(guildId);
      if (!applicationId) return { removed: false };
      // An empty bulk overwrite removes the catalogue from the server.
      const result = await registerDiscordCommands({ rest, applicationId, guildIds: [guildId], commands: [] });
      return { removed: result.failed.length === 0 };
    },
  };
}

/**
 * Each attached Slack workspace's health, asked with its own bot token (`SLACK_BOT_TOKEN`, or the OAuth
 * installation in `installationStore`): the token works, every scope is granted, the bot is in each members-only
 * channel (SLACK_MEMBER_CHANNEL_IDS). Undefined when Slack is not configured.
 */
export function slackConnectionHealth(
  config: Config,
  options: { readonly installationStore?: SlackInstallationStore } = {},
): ((teamIds: readonly string[]) => Promise<WorkspaceHealth[]>) | undefined {
  const settings = slackSettings(config);
  if (!settings) return undefined;
  const ports = createSlackPorts(
    settings,
    options.installationStore ? { installationStore: options.installationStore } : {},
  );
  const channels = memberChannelsFromList(config.SLACK_MEMBER_CHANNEL_IDS);
  return (teamIds) => reportSlackConnections({ bots: ports.bots, clients: ports.clients, channels }, teamIds);
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

/**
 * Every configured platform's health for the Settings screen: Discord per attached server, Slack per attached
 * workspace, then Feishu's app. `installationStore`: where OAuth-installed Slack workspaces keep their tokens.
 */
export function connectionHealth(
  config: Config,
  options: { readonly installationStore?: SlackInstallationStore } = {},
): ConnectionHealth | undefined {
  const discord = discordConnectionHealth(config);
  const slack = slackConnectionHealth(config, options);
  const feishu = feishuConnectionHealth(config);
  if (!discord && !slack && !feishu) return undefined;
  return async (attached) => [
    ...(discord ? await discord(attached) : []),
    ...(slack ? await slack(attached.slackTeams) : []),
    ...(feishu ? [await feishu()] : []),
  ];
}
