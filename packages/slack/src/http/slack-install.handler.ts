import type { CommunityRepository } from '@snowball/core';
import { SLACK_BOT_SCOPES } from '../manifest/app-manifest.js';
import { htmlPage } from './html-page.js';
import { signOAuthState } from './oauth-state.js';
import type { SlackHttpResponse } from './slack-http-receiver.js';
import { oauthCookie } from './slack-oauth-cookie.js';

/** A GET request, framework-free. */
export interface SlackHttpGetRequest {
  readonly query: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** What the install redirect needs. */
export interface SlackInstallOptions {
  readonly clientId: string;
  readonly stateSecret: string;
  /** `<PUBLIC_URL>/slack/oauth_redirect`, as listed in the app's OAuth settings. */
  readonly redirectUri: string;
  readonly communities: Pick<CommunityRepository, 'get'>;
  readonly scopes?: readonly string[];
  readonly authorizeUrl?: string;
  /** Who may connect a workspace to the club (e.g. an owner's admin session); anyone when absent. */
  readonly canInstall?: (communityId: string, request: SlackHttpGetRequest) => boolean | Promise<boolean>;
  readonly now?: () => number;
}

const texts = {
  missing: {
    en: 'This install link is incomplete: it must name the club (?community=…).',
    'zh-CN': '安装链接不完整：需要指明社群（?community=…）。',
  },
  unknown: { en: 'There is no such club.', 'zh-CN': '找不到这个社群。' },
  forbidden: {
    en: 'Only the club owner can connect a Slack workspace. Sign in to the admin panel first.',
    'zh-CN': '只有社群主理人可以关联 Slack 工作区，请先登录管理后台。',
  },
} as const;

/** The first value of a query parameter, trimmed ('' when absent). */
export function queryValue(query: SlackHttpGetRequest['query'], name: string): string {
  const value = query[name];
  return (Array.isArray(value) ? value[0] : value)?.toString().trim() ?? '';
}

/**
 * `GET /slack/install?community=<id>`: redirects to Slack's authorize page with a signed, expiring state
 * naming the club, and a cookie tying the flow to this browser.
 */
export async function handleSlackInstall(
  request: SlackHttpGetRequest,
  options: SlackInstallOptions,
): Promise<SlackHttpResponse> {
  const communityId = queryValue(request.query, 'community');
  // Ids are opaque but plain; anything else never reaches the database.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(communityId)) return htmlPage(400, texts.missing);
  if (!(await options.communities.get(communityId))) return htmlPage(404, texts.unknown);
  if (options.canInstall && !(await options.canInstall(communityId, request))) return htmlPage(403, texts.forbidden);
  const { state, nonce } = signOAuthState(options.stateSecret, communityId, options.now?.() ?? Date.now());
  const url = new URL(options.authorizeUrl ?? 'https://slack.com/oauth/v2/authorize');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('scope', (options.scopes ?? SLACK_BOT_SCOPES).join(','));
  url.searchParams.set('state', state);
  url.searchParams.set('redirect_uri', options.redirectUri);
  return {
    status: 302,
    headers: {
      location: url.toString(),
      'set-cookie': oauthCookie(nonce, options.redirectUri.startsWith('https://')),
      'cache-control': 'no-store',
    },
    body: '',
  };
}
