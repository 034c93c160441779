import type { SlackBotSource } from '../install/slack-bot-source.js';
import { SLACK_BOT_SCOPES } from '../manifest/app-manifest.js';
import type { SlackClients, SlackWebClient } from '../ports/slack-clients.js';
import type { MemberChannels } from '../ports/slack-role-sync.js';
import { slackErrorCode } from '../ports/with-rate-limit-retry.js';

/** One thing that must hold for the Slack app to run a club's membership in a workspace. */
export type SlackCheckId = 'installed' | 'tokenValid' | 'scopes' | 'channelFound' | 'botInChannel';

export interface SlackCheck {
  readonly id: SlackCheckId;
  readonly ok: boolean;
  /** The members-only channel the check is about (channel checks only). */
  readonly channel?: string;
  /** The scopes the app asks for that the workspace did not grant (`scopes` only). */
  readonly missing?: readonly string[];
}

export interface SlackConnectionHealth {
  readonly teamId: string;
  readonly ok: boolean;
  /** In order; a check that cannot be made because an earlier one failed is left out. */
  readonly checks: readonly SlackCheck[];
}

type Bilingual = Readonly<Record<'en' | 'zh-CN', string>>;

/** Each failed check: what is wrong and how to fix it, in both languages (`{channel}`, `{scopes}` filled in). */
export const SLACK_CHECK_TEXTS: Readonly<
  Record<SlackCheckId, { readonly problem: Bilingual; readonly fix: Bilingual }>
> = {
  installed: {
    problem: {
      en: 'The Slack app is not installed in this workspace (no bot token for it).',
      'zh-CN': 'Slack 应用未安装在这个工作区（没有它的机器人令牌）。',
    },
    fix: {
      en: 'Install it again with “Add to Slack” in Settings → Platform connections.',
      'zh-CN': '请在“设置 → 平台连接”中点击“添加到 Slack”重新安装。',
    },
  },
  tokenValid: {
    problem: {
      en: 'Slack refuses the bot token ({reason}): the app was uninstalled or its token revoked.',
      'zh-CN': 'Slack 拒绝了机器人令牌（{reason}）：应用已被卸载或令牌已被撤销。',
    },
    fix: {
      en: 'Reinstall the app (“Add to Slack” in Settings, or OAuth & Permissions → Reinstall) and update SLACK_BOT_TOKEN if you set it.',
      'zh-CN':
        '请重新安装应用（设置中的“添加到 Slack”，或 OAuth & Permissions → Reinstall），若设置了 SLACK_BOT_TOKEN 请一并更新。',
    },
  },
  scopes: {
    problem: {
      en: 'The app lacks these Slack scopes: {scopes}.',
      'zh-CN': '应用缺少以下 Slack 权限范围：{scopes}。',
    },
    fix: {
      en: 'Add them from packages/slack/manifest.json (App Manifest or OAuth & Permissions → Bot Token Scopes), then reinstall the app to the workspace.',
      'zh-CN':
        '请按 packages/slack/manifest.json 添加（App Manifest 或 OAuth & Permissions → Bot Token Scopes），然后把应用重新安装到工作区。',
    },
  },
  channelFound: {
    problem: {
      en: 'The members-only channel {channel} cannot be seen by the bot: it does not exist, or it is private and the bot is not in it.',
      'zh-CN': '机器人看不到会员专属频道 {channel}：该频道不存在，或是私有频道而机器人不在其中。',
    },
    fix: {
      en: 'Check the channel id in SLACK_MEMBER_CHANNEL_IDS, and type /invite @snowball in the channel.',
      'zh-CN': '请检查 SLACK_MEMBER_CHANNEL_IDS 中的频道 ID，并在该频道中输入 /invite @snowball。',
    },
  },
  botInChannel: {
    problem: {
      en: 'The bot is not in the members-only channel {channel}, so it cannot invite members to it or remove them.',
      'zh-CN': '机器人不在会员专属频道 {channel} 中，因此无法邀请会员加入或将其移出。',
    },
    fix: {
      en: 'Type /invite @snowball in {channel}.',
      'zh-CN': '请在 {channel} 中输入 /invite @snowball。',
    },
  },
};

/** Errors that mean the token itself is refused (not that Slack is down). */
const REFUSED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/**
 * Asks Slack, with the bot's own Web API client, whether the app can run membership in a workspace: the token
 * works (`auth.test`), it has every scope the app asks for (the `x-oauth-scopes` header Slack sends with each
 * answer), and the bot is in each members-only channel (`conversations.info`), which inviting and removing
 * need. Other errors (Slack down) are thrown: they say nothing about the workspace.
 */
export async function checkSlackConnection(
  client: Pick<SlackWebClient, 'auth' | 'conversations'>,
  input: { readonly teamId: string; readonly channels: readonly string[] },
): Promise<SlackConnectionHealth & { readonly refusedWith?: string }> {
  const checks: SlackCheck[] = [];
  const done = (extra: { refusedWith?: string } = {}) => ({
    teamId: input.teamId,
    ok: checks.every((c) => c.ok),
    checks,
    ...extra,
  });
  let scopes: readonly string[] | undefined;
  try {
    const me = await client.auth.test();
    scopes = me.response_metadata?.scopes;
  } catch (error) {
    const code = slackErrorCode(error);
    if (!code || !REFUSED_TOKEN.has(code)) throw error;
    checks.push({ id: 'tokenValid', ok: false });
    return done({ refusedWith: code });
  }
  checks.push({ id: 'tokenValid', ok: true });
  // Slack sends the granted scopes with every answer; without the header there is nothing to compare.
  if (scopes) {
    const granted = new Set(scopes);
    const missing = SLACK_BOT_SCOPES.filter((s) => !granted.has(s));
    checks.push({ id: 'scopes', ok: missing.length === 0, ...(missing.length > 0 ? { missing } : {}) });
  }
  for (const channel of input.channels) {
    try {
      const info = await client.conversations.info({ channel });
      checks.push({ id: 'channelFound', ok: true, channel });
      checks.push({ id: 'botInChannel', ok: info.channel?.is_member === true, channel });
    } catch (error) {
      const code = slackErrorCode(error);
      // Without channels:read / groups:read the bot cannot look; the scopes check already says what to add.
      if (code === 'missing_scope') continue;
      if (code !== 'channel_not_found') throw error;
      checks.push({ id: 'channelFound', ok: false, channel });
    }
  }
  return done();
}

/** A workspace's health as people read it: each failed check with its problem and fix in both languages. */
export interface SlackWorkspaceReport {
  readonly platform: 'slack';
  readonly workspaceId: string;
  /** False: Slack could not be asked (it is down or unreachable); `problems` says why. */
  readonly checked: boolean;
  readonly ok: boolean;
  readonly problems: readonly { readonly problem: Bilingual; readonly fix: Bilingual }[];
}

function fill(text: Bilingual, values: Record<string, string>): Bilingual {
  const one = (s: string) => s.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
  return { en: one(text.en), 'zh-CN': one(text['zh-CN']) };
}

/**
 * `checkSlackConnection` for each attached workspace, with that workspace's bot token (the configured one, or
 * the OAuth installation's) and its members-only channels, as problems and fixes.
 */
export async function reportSlackConnections(
  deps: { readonly bots: SlackBotSource; readonly clients: SlackClients; readonly channels: MemberChannels },
  teamIds: readonly string[],
): Promise<SlackWorkspaceReport[]> {
  const reports: SlackWorkspaceReport[] = [];
  for (const teamId of teamIds) {
    const base = { platform: 'slack' as const, workspaceId: teamId };
    try {
      let bot: Awaited<ReturnType<SlackBotSource['botFor']>>;
      try {
        bot = await deps.bots.botFor(teamId);
      } catch (error) {
        // One configured token: the bot source asks auth.test, which refuses a revoked token.
        const code = slackErrorCode(error);
        if (!code || !REFUSED_TOKEN.has(code)) throw error;
        const { problem, fix } = SLACK_CHECK_TEXTS.tokenValid;
        reports.push({
          ...base,
          checked: true,
          ok: false,
          problems: [{ problem: fill(problem, { reason: code }), fix }],
        });
        continue;
      }
      if (!bot) {
        reports.push({ ...base, checked: true, ok: false, problems: [SLACK_CHECK_TEXTS.installed] });
        continue;
      }
      const channels = await deps.channels(teamId);
      const health = await checkSlackConnection(deps.clients.clientFor(bot.token), { teamId, channels });
      const problems = health.checks
        .filter((c) => !c.ok)
        .map((c) => {
          const { problem, fix } = SLACK_CHECK_TEXTS[c.id];
          const values = {
            channel: c.channel ?? '',
            scopes: (c.missing ?? []).join(', '),
            reason: health.refusedWith ?? '',
          };
          return { problem: fill(problem, values), fix: fill(fix, values) };
        });
      reports.push({ ...base, checked: true, ok: health.ok, problems });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reports.push({
        ...base,
        checked: false,
        ok: false,
        problems: [
          {
            problem: { en: `Slack could not be asked: ${reason}`, 'zh-CN': `无法向 Slack 查询：${reason}` },
            fix: {
              en: 'Check that this server can reach Slack (SLACK_API_URL, proxy settings), then reload.',
              'zh-CN': '请检查本服务器能否访问 Slack（SLACK_API_URL、代理设置），然后刷新。',
            },
          },
        ],
      });
    }
  }
  return reports;
}
