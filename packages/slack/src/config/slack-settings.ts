/**
 * Slack configuration, one field per environment variable (apps read them with the rest of the config):
 * `SLACK_SIGNING_SECRET`, `SLACK_BOT_TOKEN` or `SLACK_CLIENT_ID`/`SLACK_CLIENT_SECRET`/`SLACK_STATE_SECRET`
 * with `SLACK_TOKEN_KEY`, `SLACK_APP_TOKEN`, `SLACK_MEMBER_CHANNEL_IDS`, `SLACK_API_URL`, `SLACK_COMMAND_PREFIX`.
 */
export interface SlackSettings {
  /** Verifies requests over HTTP; not needed in Socket Mode. */
  readonly signingSecret?: string;
  /** Single-workspace mode. */
  readonly botToken?: string;
  /** Socket Mode (`xapp-…`): no public URL needed. */
  readonly appToken?: string;
  /** Multi-workspace mode (OAuth install); needs clientSecret, stateSecret and tokenKey. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly stateSecret?: string;
  /** 32 bytes, base64: encrypts bot tokens at rest. */
  readonly tokenKey?: string;
  /** `C1,C2` for every team, or `T1:C1` per team. */
  readonly memberChannelIds?: readonly string[];
  /** Web API base (`https://slack.com/api/`), overridden for tests and proxies. */
  readonly apiUrl?: string;
  readonly commandPrefix?: string;
  /** The public URL of the API, for the OAuth redirect (`<publicUrl>/slack/oauth_redirect`). */
  readonly publicUrl?: string;
}

/** Which way workspaces are connected. */
export type SlackMode = 'single' | 'multi';

/** Multi-workspace when the OAuth client is configured (and then complete), else one workspace by token. */
export function slackModeOf(settings: SlackSettings): SlackMode {
  if (settings.clientId) {
    const missing = (['clientSecret', 'stateSecret', 'tokenKey'] as const).filter((k) => !settings[k]);
    if (missing.length > 0) throw new Error(`Slack multi-workspace mode needs ${missing.join(', ')}`);
    return 'multi';
  }
  if (settings.botToken) return 'single';
  throw new Error('Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and friends (OAuth install)');
}

/** The Web API base with the trailing slash WebClient expects. */
export function apiBase(settings: SlackSettings): string | undefined {
  if (!settings.apiUrl) return undefined;
  return settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`;
}
