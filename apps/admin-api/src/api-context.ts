import type { Core } from '@snowball/core';

/** What the admin API was built with; reachable from any route as `request.server.snowball`. */
export interface ApiContext {
  readonly core: Core;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly sessionCookie: string;
  /** The Slack OAuth install page, or null when Slack is not installed by OAuth. */
  readonly slackInstallUrl: string | null;
  /** Asks the platforms whether the bot can run membership in these workspaces; null when no bot is configured. */
  readonly connectionHealth: ConnectionHealth | null;
}

/** One workspace's health: each failed check with its problem and its fix, in both languages. */
export interface WorkspaceHealth {
  readonly platform: 'discord' | 'slack' | 'feishu';
  readonly workspaceId: string;
  /** False: the platform could not be asked at all (its problem says why). */
  readonly checked: boolean;
  readonly ok: boolean;
  readonly problems: readonly {
    readonly problem: Readonly<Record<'en' | 'zh-CN', string>>;
    readonly fix: Readonly<Record<'en' | 'zh-CN', string>>;
  }[];
}

/** Computed by the platform adapters through their real clients (see `reportDiscordConnections`). */
export type ConnectionHealth = (attached: {
  readonly discordGuilds: readonly string[];
  readonly slackTeams: readonly string[];
}) => Promise<readonly WorkspaceHealth[]>;

declare module 'fastify' {
  interface FastifyInstance {
    snowball: ApiContext;
  }
}
