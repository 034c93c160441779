import type { CallLimiter, PlatformCallObserver } from '@snowball/rate-limit';
import { type SlackLogger, silentLogger } from '../config/slack-logger.js';
import { apiBase, type SlackMode, type SlackSettings, slackModeOf } from '../config/slack-settings.js';
import { InMemorySlackInstallationStore } from '../install/memory-slack-installation.store.js';
import { installedBots, type SlackBotSource, singleWorkspaceBots } from '../install/slack-bot-source.js';
import type { SlackInstallationStore } from '../install/slack-installation.store.js';
import { SlackInstallations } from '../install/slack-installations.js';
import { createTokenCipher } from '../install/token-cipher.js';
import { SlackChannelRoster } from '../ports/slack-channel-roster.js';
import { SlackChatModerator } from '../ports/slack-chat-moderator.js';
import { SlackClients } from '../ports/slack-clients.js';
import { SlackMessenger } from '../ports/slack-messenger.js';
import { memberChannelsFromList, SlackRoleSync } from '../ports/slack-role-sync.js';
import type { RateLimitRetryOptions } from '../ports/with-rate-limit-retry.js';

/** The Slack side of the core's ports, and what the app and OAuth handlers share with them. */
export interface SlackPorts {
  readonly mode: SlackMode;
  readonly clients: SlackClients;
  readonly bots: SlackBotSource;
  /** Null in single-workspace mode. */
  readonly installations: SlackInstallations | null;
  readonly messenger: SlackMessenger;
  readonly roleSync: SlackRoleSync;
  /** Who is in the members-only channels, for the access check. */
  readonly accessRoster: SlackChannelRoster;
  /** Automatic moderation's actions in the workspaces' channels. */
  readonly moderator: SlackChatModerator;
  /**
   * Single-workspace mode: the team of `SLACK_BOT_TOKEN` (from `auth.test`), to attach to the club at
   * startup with `communities.attachWorkspace(communityId, 'slack', teamId)`. Null in multi-workspace mode.
   */
  singleWorkspaceTeamId(): Promise<string | null>;
}

/**
 * Builds the Slack ports before the core exists (the core needs the messenger and role sync; the app
 * needs the core). `installationStore` is the Postgres store in production; memory when absent.
 */
export function createSlackPorts(
  settings: SlackSettings,
  options: {
    readonly installationStore?: SlackInstallationStore;
    readonly logger?: SlackLogger;
    readonly retry?: RateLimitRetryOptions;
    /** Paces the ports' Web API calls per method tier (Redis-backed to share the pace across processes). */
    readonly limiter?: CallLimiter;
    readonly observer?: PlatformCallObserver;
  } = {},
): SlackPorts {
  const logger = options.logger ?? silentLogger;
  const mode = slackModeOf(settings);
  const clients = new SlackClients({
    apiUrl: apiBase(settings),
    logger,
    ...(options.limiter ? { limiter: options.limiter } : {}),
    ...(options.observer ? { observer: options.observer } : {}),
  });
  let installations: SlackInstallations | null = null;
  let bots: SlackBotSource;
  if (mode === 'multi') {
    if (!options.installationStore) {
      logger.warn({}, 'slack: installations kept in memory only; they are lost on restart');
    }
    installations = new SlackInstallations(
      options.installationStore ?? new InMemorySlackInstallationStore(),
      createTokenCipher(settings.tokenKey as string),
    );
    bots = installedBots(installations);
  } else {
    bots = singleWorkspaceBots(settings.botToken as string, clients);
  }
  return {
    mode,
    async singleWorkspaceTeamId() {
      if (mode !== 'single') return null;
      return (await clients.clientFor(settings.botToken).auth.test()).team_id ?? null;
    },
    clients,
    bots,
    installations,
    messenger: new SlackMessenger({ bots, clients, retry: options.retry }),
    moderator: new SlackChatModerator({ bots, clients, retry: options.retry }),
    roleSync: new SlackRoleSync({
      bots,
      clients,
      channels: memberChannelsFromList(settings.memberChannelIds ?? []),
      retry: options.retry,
    }),
    accessRoster: new SlackChannelRoster({
      bots,
      clients,
      channels: memberChannelsFromList(settings.memberChannelIds ?? []),
      retry: options.retry,
    }),
  };
}
