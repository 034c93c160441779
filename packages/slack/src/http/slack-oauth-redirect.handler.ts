import { type CommunityRepository, type Core, isDomainError, systemActor } from '@snowball/core';
import { type SlackLogger, silentLogger } from '../config/slack-logger.js';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import type { SlackInstallations } from '../install/slack-installations.js';
import type { SlackClients } from '../ports/slack-clients.js';
import { slackErrorCode } from '../ports/with-rate-limit-retry.js';
import { htmlPage } from './html-page.js';
import { verifyOAuthState } from './oauth-state.js';
import type { SlackHttpResponse } from './slack-http-receiver.js';
import { queryValue, type SlackHttpGetRequest } from './slack-install.handler.js';
import { OAUTH_COOKIE, oauthCookie, readCookie } from './slack-oauth-cookie.js';

/** What the OAuth redirect handler needs. */
export interface SlackOAuthRedirectOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly stateSecret: string;
  readonly redirectUri: string;
  readonly clients: SlackClients;
  readonly installations: SlackInstallations;
  /** The club must exist (checked before the code is exchanged). */
  readonly communities: Pick<CommunityRepository, 'get'>;
  /** Core's one-club-per-workspace rule, audit and transaction (the installation is saved inside it). */
  readonly core: Pick<Core, 'attachWorkspace'>;
  /** Its cache of the team is dropped, so a reinstall's new token is used at once. */
  readonly bots?: SlackBotSource;
  readonly logger?: SlackLogger;
  readonly now?: () => number;
}

const texts = {
  cancelled: {
    en: 'The installation was cancelled. You can close this page.',
    'zh-CN': '安装已取消，可以关闭此页面。',
  },
  badState: {
    en: 'This install link has expired or was opened in another browser. Start again from the admin panel.',
    'zh-CN': '安装链接已过期，或在其他浏览器中打开。请从管理后台重新开始。',
  },
  unknown: { en: 'There is no such club.', 'zh-CN': '找不到这个社群。' },
  slackFailed: {
    en: 'Slack did not complete the installation. Please try again.',
    'zh-CN': 'Slack 未能完成安装，请重试。',
  },
  enterprise: {
    en: 'Organisation-wide installs are not supported; install the app in one workspace.',
    'zh-CN': '不支持组织级安装，请在单个工作区中安装。',
  },
  taken: {
    en: 'This Slack workspace is already connected to another club.',
    'zh-CN': '这个 Slack 工作区已关联到其他社群。',
  },
  done: {
    en: 'Snowball is installed. Members can now use the slash commands in Slack; you can close this page.',
    'zh-CN': 'Snowball 已安装，会员现在可以在 Slack 中使用斜杠命令。可以关闭此页面。',
  },
} as const;

/**
 * `GET /slack/oauth_redirect`: checks the signed state and the browser cookie, exchanges the code with
 * `oauth.v2.access`, then attaches the team to the club with core's `attachWorkspace` (one club per
 * workspace, audited), saving the installation (token encrypted) in the same transaction.
 */
export async function handleSlackOAuthRedirect(
  request: SlackHttpGetRequest,
  options: SlackOAuthRedirectOptions,
): Promise<SlackHttpResponse> {
  const logger = options.logger ?? silentLogger;
  const secure = options.redirectUri.startsWith('https://');
  const clear = { 'set-cookie': oauthCookie('', secure, 0) };
  if (queryValue(request.query, 'error')) return htmlPage(200, texts.cancelled, clear);

  const code = queryValue(request.query, 'code');
  const state = verifyOAuthState(
    options.stateSecret,
    queryValue(request.query, 'state'),
    options.now?.() ?? Date.now(),
  );
  const cookieHeader = request.headers.cookie;
  const cookie = readCookie(
    Array.isArray(cookieHeader) ? cookieHeader.join('; ') : (cookieHeader as string),
    OAUTH_COOKIE,
  );
  if (!code || !state || cookie !== state.nonce) return htmlPage(400, texts.badState, clear);
  if (!(await options.communities.get(state.communityId))) return htmlPage(404, texts.unknown, clear);

  const client = options.clients.clientFor();
  let access: Awaited<ReturnType<typeof client.oauth.v2.access>>;
  try {
    access = await client.oauth.v2.access({
      client_id: options.clientId,
      client_secret: options.clientSecret,
      code,
      redirect_uri: options.redirectUri,
    });
  } catch (error) {
    logger.warn({ error: slackErrorCode(error) ?? String(error) }, 'slack: oauth.v2.access failed');
    return htmlPage(502, texts.slackFailed, clear);
  }
  if (access.is_enterprise_install) return htmlPage(400, texts.enterprise, clear);
  const teamId = access.team?.id;
  if (!teamId || !access.access_token || !access.bot_user_id) return htmlPage(502, texts.slackFailed, clear);

  let botId: string | null = null;
  try {
    botId = (await options.clients.clientFor(access.access_token).auth.test()).bot_id ?? null;
  } catch (error) {
    // The bot id only helps ignore the bot's own messages; the install stands without it.
    logger.warn({ error: slackErrorCode(error) ?? String(error), teamId }, 'slack: auth.test after install failed');
  }
  const installation = {
    teamId,
    teamName: access.team?.name ?? null,
    enterpriseId: access.enterprise?.id ?? null,
    communityId: state.communityId,
    appId: access.app_id ?? null,
    botUserId: access.bot_user_id,
    botId,
    botToken: access.access_token,
    scopes: (access.scope ?? '').split(',').filter(Boolean),
    installedBy: access.authed_user?.id ?? null,
    installedAt: new Date(options.now?.() ?? Date.now()),
  };
  try {
    await options.core.attachWorkspace({
      actor: systemActor(state.communityId, 'slack-install'),
      communityId: state.communityId,
      platform: 'slack',
      workspaceId: teamId,
      alongside: () => options.installations.save(installation),
    });
  } catch (error) {
    if (isDomainError(error) && error.code === 'workspace.taken') return htmlPage(409, texts.taken, clear);
    if (isDomainError(error) && error.code === 'community.not_found') return htmlPage(404, texts.unknown, clear);
    throw error;
  }
  options.bots?.forget(teamId);
  logger.info({ teamId, communityId: state.communityId }, 'slack: workspace installed');
  return htmlPage(200, texts.done, clear);
}
