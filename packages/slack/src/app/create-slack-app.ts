import { App, type Authorize } from '@slack/bolt';
import type { ChatMessage, CommandDefinition, DeletedChatMessage, Dispatcher } from '@snowball/commands';
import type { CommunityRepository, Core } from '@snowball/core';
import { boltLogger, type SlackLogger, silentLogger } from '../config/slack-logger.js';
import { apiBase, type SlackSettings } from '../config/slack-settings.js';
import {
  createSlackHttpReceiver,
  type SlackHttpReceiver,
  type SlackHttpRequest,
  type SlackHttpResponse,
} from '../http/slack-http-receiver.js';
import { handleSlackInstall, type SlackHttpGetRequest } from '../http/slack-install.handler.js';
import { handleSlackOAuthRedirect } from '../http/slack-oauth-redirect.handler.js';
import type { SlackBotSource } from '../install/slack-bot-source.js';
import { createCommandLane } from './command-lane.js';
import type { SlackPorts } from './create-slack-ports.js';
import { type EventDeduplicator, layeredDeduplicator, MemoryEventDeduplicator } from './event-deduplicator.js';
import { createLocaleLookup } from './locale-lookup.js';
import { registerSlackListeners } from './register-slack-listeners.js';
import { DEFAULT_HOME_COMMANDS, type HomeCommands } from './slack-listener-deps.js';

/** What the Slack app needs from the rest of snowball. */
export interface SlackAppDeps {
  readonly core: Pick<Core, 'identifyAccount' | 'attachWorkspace' | 'replyToQuestion'>;
  readonly dispatcher: Dispatcher;
  readonly catalogue: readonly CommandDefinition[];
  /** For the OAuth install (multi-workspace): the club must exist (the team is attached with `core`). */
  readonly communities?: Pick<CommunityRepository, 'get'>;
  /** Channel messages, for moderation. */
  readonly onMessage?: (message: ChatMessage) => Promise<void>;
  /** Channel messages deleted, e.g. to forget their library copies. */
  readonly onMessageDeleted?: (message: DeletedChatMessage) => Promise<void>;
  /** A store shared by processes (Redis, Postgres), behind the in-memory LRU. */
  readonly eventDeduplicator?: EventDeduplicator;
  readonly homeCommands?: HomeCommands;
  /** Who may start an install for a club (an owner's admin session). */
  readonly canInstall?: (communityId: string, request: SlackHttpGetRequest) => boolean | Promise<boolean>;
  readonly logger?: SlackLogger;
  /** Slack wants an answer within 3 s; answers slower than this are sent after an empty ack. */
  readonly ackTimeoutMs?: number;
  /** Told how long each HTTP request took to its ack (the ack latency metric). */
  readonly onAck?: (ms: number) => void;
  /**
   * Slash commands worked on at once after their ack, in this process (8 unless given; 2 while the event loop is
   * saturated); the rest wait.
   */
  readonly commandConcurrency?: number;
}

/** A running Slack adapter: Bolt's app and the framework-free HTTP handlers to mount. */
export interface SlackRuntime {
  readonly app: App;
  readonly transport: 'http' | 'socket';
  /** The receiver behind `handleEvents`; null in Socket Mode. */
  readonly receiver: SlackHttpReceiver | null;
  /** `POST /slack/events`. */
  handleEvents(request: SlackHttpRequest): Promise<SlackHttpResponse>;
  /** `GET /slack/install?community=<id>` (multi-workspace mode). */
  handleInstall(request: SlackHttpGetRequest): Promise<SlackHttpResponse>;
  /** `GET /slack/oauth_redirect` (multi-workspace mode). */
  handleOAuthRedirect(request: SlackHttpGetRequest): Promise<SlackHttpResponse>;
  /** Connects Socket Mode; nothing to do over HTTP (the host's server receives requests). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const NOT_FOUND: SlackHttpResponse = { status: 404, headers: {}, body: '' };

/** Bolt's authorize over a bot source: the token for the team, and who the bot is. */
export function authorizeWith(bots: SlackBotSource): Authorize<boolean> {
  return async (source) => {
    const teamId = source.teamId;
    if (!teamId) throw new Error('Slack request without a team id (org-wide installs are not supported)');
    const bot = await bots.botFor(teamId);
    if (!bot) throw new Error(`the Slack app is not installed in team ${teamId}`);
    return {
      botToken: bot.token,
      teamId: bot.teamId,
      ...(bot.botUserId ? { botUserId: bot.botUserId } : {}),
      ...(bot.botId ? { botId: bot.botId } : {}),
    };
  };
}

/**
 * Builds the Bolt app on the neutral dispatcher. Over HTTP when `appToken` is absent (mount
 * `handleEvents`), Socket Mode when it is set (call `start()`).
 */
export function createSlackApp(settings: SlackSettings, ports: SlackPorts, deps: SlackAppDeps): SlackRuntime {
  const logger = deps.logger ?? silentLogger;
  const socketMode = Boolean(settings.appToken);
  if (ports.mode === 'multi' && !settings.publicUrl) {
    throw new Error('PUBLIC_URL is required for the Slack OAuth install (its redirect URL)');
  }
  const receiver = socketMode
    ? null
    : createSlackHttpReceiver({
        signingSecret: settings.signingSecret ?? '',
        logger,
        // Every slash command listener here acks empty first and answers at the response URL (or a modal).
        ackCommandsOnArrival: true,
        ...(deps.onAck ? { onAck: deps.onAck } : {}),
      });
  const slackApiUrl = apiBase(settings);
  const app = new App({
    authorize: authorizeWith(ports.bots),
    logger: boltLogger(logger),
    clientOptions: { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: { retries: 2, maxTimeout: 2_000 } },
    ...(receiver ? { receiver } : { socketMode: true, appToken: settings.appToken }),
  });
  const memory = new MemoryEventDeduplicator();
  // Narrows to 2 while the event loop is saturated, so acks never queue behind a pile of answers.
  const lane = createCommandLane({ max: deps.commandConcurrency ?? 8 });
  registerSlackListeners(app, {
    dispatcher: deps.dispatcher,
    core: deps.core,
    catalogue: deps.catalogue,
    prefix: settings.commandPrefix ?? '',
    ackTimeoutMs: deps.ackTimeoutMs ?? 2_000,
    work: <T>(task: () => Promise<T>) => lane(task),
    locales: createLocaleLookup(),
    logger,
    deduplicator: deps.eventDeduplicator ? layeredDeduplicator(memory, deps.eventDeduplicator) : memory,
    homeCommands: deps.homeCommands ?? DEFAULT_HOME_COMMANDS,
    onMessage: deps.onMessage,
    ...(deps.onMessageDeleted ? { onMessageDeleted: deps.onMessageDeleted } : {}),
    onUninstall: async (teamId) => {
      ports.bots.forget(teamId);
      if (ports.installations) {
        await ports.installations.delete(teamId);
        logger.info({ teamId }, 'slack: app uninstalled; installation removed');
      }
    },
  });

  const oauth =
    ports.mode === 'multi' && ports.installations && deps.communities
      ? {
          installations: ports.installations,
          communities: deps.communities,
          redirectUri: `${(settings.publicUrl ?? '').replace(/\/+$/, '')}/slack/oauth_redirect`,
        }
      : null;

  return {
    app,
    transport: socketMode ? 'socket' : 'http',
    receiver,
    handleEvents: (request) => (receiver ? receiver.handle(request) : Promise.resolve(NOT_FOUND)),
    handleInstall: async (request) =>
      oauth
        ? handleSlackInstall(request, {
            clientId: settings.clientId as string,
            stateSecret: settings.stateSecret as string,
            redirectUri: oauth.redirectUri,
            communities: oauth.communities,
            canInstall: deps.canInstall,
          })
        : NOT_FOUND,
    handleOAuthRedirect: async (request) =>
      oauth
        ? handleSlackOAuthRedirect(request, {
            clientId: settings.clientId as string,
            clientSecret: settings.clientSecret as string,
            stateSecret: settings.stateSecret as string,
            redirectUri: oauth.redirectUri,
            clients: ports.clients,
            installations: oauth.installations,
            communities: oauth.communities,
            core: deps.core,
            bots: ports.bots,
            logger,
          })
        : NOT_FOUND,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      lane.stop();
      if (socketMode) await app.stop();
    },
  };
}
