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
  /** Asks Discord about a server being attached (its roles) and registers the commands there; null without a bot. */
  readonly discordGuildSetup: DiscordGuildSetup | null;
}

/** What attaching a Discord server from the panel asks of Discord, with the bot's token. */
export interface DiscordGuildSetup {
  /** The server's roles; null when the bot cannot see the server (not invited). */
  roles(guildId: string): Promise<readonly { readonly id: string; readonly managed?: boolean }[] | null>;
  /** Registers the slash commands in the server now (idempotent: a bulk overwrite). */
  registerCommands(guildId: string): Promise<{ readonly registered: boolean; readonly reason?: string }>;
  /** The server was disconnected: the bot stops serving it and its slash commands are removed (best effort). */
  disconnected?(guildId: string): Promise<{ readonly removed: boolean }>;
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
  /** Each Discord server's own member role (the others use the deployment's default). */
  readonly discordMemberRoles?: Readonly<Record<string, string>>;
}) => Promise<readonly WorkspaceHealth[]>;

declare module 'fastify' {
  interface FastifyInstance {
    snowball: ApiContext;
  }
}
