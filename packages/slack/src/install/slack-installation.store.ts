/**
 * One Slack workspace's install of the app, as stored. The bot token is kept only encrypted
 * (`SlackInstallations` encrypts and decrypts; stores never see the plain token).
 */
export interface StoredSlackInstallation {
  /** Slack team id (`T…`); one installation per team. */
  readonly teamId: string;
  readonly teamName: string | null;
  /** Set for workspaces in an Enterprise Grid org (team-level installs only). */
  readonly enterpriseId: string | null;
  /** The club this workspace belongs to. */
  readonly communityId: string;
  readonly appId: string | null;
  readonly botUserId: string;
  readonly botId: string | null;
  /** `v1.<iv>.<tag>.<ciphertext>` (AES-256-GCM, team id as associated data). */
  readonly botTokenCiphertext: string;
  readonly scopes: readonly string[];
  /** Slack user id of the person who installed the app. */
  readonly installedBy: string | null;
  readonly installedAt: Date;
}

/**
 * Where installations live: in memory for tests, a Postgres table in production
 * (`slack_installations`, primary key `team_id`; see docs/slack.md).
 */
export interface SlackInstallationStore {
  /** Inserts or replaces the installation of `installation.teamId` (a reinstall refreshes token and scopes). */
  save(installation: StoredSlackInstallation): Promise<void>;
  find(teamId: string): Promise<StoredSlackInstallation | null>;
  /** Removes it (the app was uninstalled or its tokens revoked); no error when absent. */
  delete(teamId: string): Promise<void>;
}
