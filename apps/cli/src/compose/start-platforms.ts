import type { ApiServerDeps } from '@snowball/admin-api';
import { sessionCookieName, withRawBody } from '@snowball/admin-api';
import { catalogue, createDispatcher, type DeletedChatMessage, type Dispatcher } from '@snowball/commands';
import {
  type AccessRoster,
  type ChannelPublisher,
  type Messenger,
  type Platform,
  type Ports,
  type RoleSync,
  systemActor,
} from '@snowball/core';
import {
  DrizzleDmChannelRepository,
  DrizzleSlackInstallationStore,
  isDatabaseUnavailable,
  joiningTransactions,
} from '@snowball/db';
import {
  type AttachedGuilds,
  cachedAttachedGuilds,
  createDiscordRest,
  DiscordAutoModMirror,
  type DiscordBot,
  DiscordChannelPublisher,
  DiscordChatModerator,
  DiscordMessenger,
  DiscordRoleRoster,
  DiscordRoleSync,
  handleDiscordHttpInteraction,
  type MemberRoleOf,
  startDiscordBot,
} from '@snowball/discord';
import {
  createFeishuApp,
  createFeishuPorts,
  FeishuChannelPublisher,
  type FeishuRuntime,
  type FeishuSettings,
  redisEventDeduplicator,
} from '@snowball/feishu';
import { meteredDispatcher } from '@snowball/metrics';
import {
  createSlackApp,
  createSlackPorts,
  SlackChannelPublisher,
  type SlackRuntime,
  type SlackSettings,
} from '@snowball/slack';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createChatModeration } from './chat-moderation.js';
import { type ModerationReconciler, startModerationReconciler } from './moderation-reconciler.js';
import type { System } from './open-system.js';
import { type ConnectionState, PlatformConnections } from './platform-connections.js';
import type { ScaleOut } from './scale-out.js';

type FastifyInstance = Parameters<NonNullable<ApiServerDeps['mount']>>[0];

export interface Platforms {
  readonly messengers: Partial<Record<Platform, Messenger>>;
  readonly roleSyncs: Partial<Record<Platform, RoleSync>>;
  /** Who holds access on each platform, for the access check. */
  readonly accessRosters: Partial<Record<Platform, AccessRoster>>;
  /** Posts and edits the bot's messages in club channels (staff cards, the weekly digest), per platform. */
  readonly channelPublishers: Partial<Record<Platform, ChannelPublisher>>;
  /** Connects what needs the core (bots, the Slack app) once the system is open. */
  attach(system: System): Promise<void>;
  /** Adds the platform webhooks to the API server. */
  mount(app: FastifyInstance, system: System): Promise<void>;
  /** Each platform connection's state (a platform unreachable at start is retried in the background). */
  readiness(): Record<string, ConnectionState>;
  /** A Discord guild was connected or disconnected in this process: the bot reads its attachment again at once. */
  discordGuildChanged(guildId: string): void;
  stop(): Promise<void>;
}

/** The Slack app's settings from the configuration; null when Slack is not configured. */
export function slackSettings(config: Config): SlackSettings | null {
  if (!config.SLACK_BOT_TOKEN && !config.SLACK_CLIENT_ID) return null;
  return {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    appToken: config.SLACK_APP_TOKEN,
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    tokenKey: config.SLACK_TOKEN_KEY,
    memberChannelIds: config.SLACK_MEMBER_CHANNEL_IDS,
    apiUrl: config.SLACK_API_URL,
    commandPrefix: config.SLACK_COMMAND_PREFIX,
    publicUrl: config.publicUrl,
  };
}

/** Feishu is configured when the app id and secret are set (the config requires both together). */
function feishuSettings(config: Config): FeishuSettings | null {
  if (!config.FEISHU_APP_ID || !config.FEISHU_APP_SECRET) return null;
  return {
    appId: config.FEISHU_APP_ID,
    appSecret: config.FEISHU_APP_SECRET,
    encryptKey: config.FEISHU_ENCRYPT_KEY,
    verificationToken: config.FEISHU_VERIFICATION_TOKEN,
    domain: config.FEISHU_DOMAIN,
    apiUrl: config.FEISHU_API_URL,
    memberChatIds: config.FEISHU_MEMBER_CHAT_IDS,
  };
}

/**
 * Builds the Discord, Slack and Feishu pieces the configuration enables: their messengers and role syncs go into the
 * core's ports; the gateway bot connects only in the `bot` role; webhooks are mounted on the API.
 */
export async function startPlatforms(
  config: Config,
  options: { readonly bot: boolean; readonly logger: Logger; readonly scale?: ScaleOut },
): Promise<Platforms> {
  const { logger, scale } = options;
  // API calls paced per bot across processes, counted in the metrics; interactions' first responses timed.
  const pace = scale ? { limiter: scale.limiter, observer: scale.metrics.callObserver } : {};
  const meter = (messenger: Messenger) => (scale ? scale.meter(messenger) : messenger);
  const onFirstResponse = scale
    ? (kind: string, ms: number) => scale.metrics.ackDuration.observe({ platform: 'discord', kind }, ms / 1000)
    : undefined;
  const messengers: Partial<Record<Platform, Messenger>> = {};
  const roleSyncs: Partial<Record<Platform, RoleSync>> = {};
  const accessRosters: Partial<Record<Platform, AccessRoster>> = {};
  const channelPublishers: Partial<Record<Platform, ChannelPublisher>> = {};
  const discordRest = config.DISCORD_TOKEN
    ? createDiscordRest({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, ...pace })
    : null;
  // Each guild's own member role (set in Settings when it was attached), else DISCORD_MEMBER_ROLE_ID: the
  // database is asked once it is open (attach), so a role set in the panel applies at once.
  let memberRoleOf: MemberRoleOf = () => config.DISCORD_MEMBER_ROLE_ID ?? null;
  if (discordRest) {
    messengers.discord = meter(new DiscordMessenger(discordRest, scale ? { dmChannels: scale.dmChannels } : {}));
    roleSyncs.discord = new DiscordRoleSync(discordRest, (guildId) => memberRoleOf(guildId));
    accessRosters.discord = new DiscordRoleRoster(discordRest, (guildId) => memberRoleOf(guildId));
    channelPublishers.discord = new DiscordChannelPublisher(discordRest);
  }
  const settings = slackSettings(config);
  // The Postgres installation store needs the database, which opens later: a holder filled in attach().
  let installationStore: DrizzleSlackInstallationStore | null = null;
  const slackPorts = settings
    ? createSlackPorts(settings, {
        ...pace,
        logger: logger.child({ platform: 'slack' }),
        installationStore: {
          save: (i) => (installationStore as DrizzleSlackInstallationStore).save(i),
          find: (teamId) => (installationStore as DrizzleSlackInstallationStore).find(teamId),
          delete: (teamId) => (installationStore as DrizzleSlackInstallationStore).delete(teamId),
        },
      })
    : null;
  if (slackPorts) {
    messengers.slack = meter(slackPorts.messenger);
    roleSyncs.slack = slackPorts.roleSync;
    accessRosters.slack = slackPorts.accessRoster;
    channelPublishers.slack = new SlackChannelPublisher({ bots: slackPorts.bots, clients: slackPorts.clients });
  }
  const feishu = feishuSettings(config);
  const feishuPorts = feishu
    ? createFeishuPorts(feishu, {
        logger: logger.child({ platform: 'feishu' }),
        ...(scale ? { limiter: scale.limiter } : {}),
      })
    : null;
  if (feishuPorts) {
    messengers.feishu = feishuPorts.messenger;
    roleSyncs.feishu = feishuPorts.roleSync;
    accessRosters.feishu = feishuPorts.accessRoster;
    channelPublishers.feishu = new FeishuChannelPublisher({
      client: feishuPorts.client,
      appId: feishu?.appId ?? '',
      ...(scale ? { limiter: scale.limiter } : {}),
    });
  }

  // The same cookie the admin API sets, so the Slack install is started only by a signed-in owner.
  const sessionName = sessionCookieName(config.publicUrl.startsWith('https://'));
  let dispatcher: Dispatcher | null = null;
  let bot: DiscordBot | null = null;
  let slack: SlackRuntime | null = null;
  let feishuApp: FeishuRuntime | null = null;
  let moderationReconciler: ModerationReconciler | null = null;
  let discordGuilds: AttachedGuilds | null = null;
  const connections = new PlatformConnections(logger);

  return {
    messengers,
    roleSyncs,
    accessRosters,
    channelPublishers,
    async attach(system) {
      // Joins a use case's transaction: the OAuth install saves the installation inside `attachWorkspace`'s.
      installationStore = new DrizzleSlackInstallationStore(joiningTransactions(system.db));
      // Which guilds are the clubs' now (cached for seconds): a guild connected from the panel, in any process, is
      // served within seconds (at once in this one, see discordGuildChanged), and a disconnected one stops.
      const { communities } = system.ports;
      const served = cachedAttachedGuilds({
        has: async (guildId) => (await communities.findByWorkspace('discord', guildId)) !== null,
        list: () => attachedDiscordGuilds(system.ports),
      });
      discordGuilds = served;
      // A disconnected guild has no member role: role sync and the access check leave it alone.
      memberRoleOf = async (guildId) =>
        (await served.has(guildId))
          ? ((await communities.workspaceMemberRole('discord', guildId)) ?? config.DISCORD_MEMBER_ROLE_ID ?? null)
          : null;
      scale?.useDmChannels(new DrizzleDmChannelRepository(system.db));
      dispatcher = createDispatcher({
        core: system.core,
        commands: catalogue,
        publicUrl: config.publicUrl,
        logger: logger.child({ component: 'commands' }),
        isUnavailable: isDatabaseUnavailable,
      });
      if (scale) dispatcher = meteredDispatcher(dispatcher, scale.metrics);
      // Automatic moderation of what people write in the clubs' channels, on every connected platform.
      const chatModerators = {
        ...(discordRest ? { discord: new DiscordChatModerator(discordRest) } : {}),
        ...(slackPorts ? { slack: slackPorts.moderator } : {}),
        ...(feishuPorts ? { feishu: feishuPorts.moderator } : {}),
      };
      // The bot role retries moderation's failed platform actions (it holds the platforms' API clients).
      if (options.bot) {
        moderationReconciler = startModerationReconciler({
          ports: system.ports,
          moderators: chatModerators,
          ...(discordRest ? { autoMod: new DiscordAutoModMirror(discordRest) } : {}),
          logger: logger.child({ component: 'moderation-reconcile' }),
        });
      }
      const onMessage = createChatModeration({
        ports: system.ports,
        moderators: chatModerators,
        redis: system.redis,
        prefix: config.SNOWBALL_QUEUE_PREFIX,
        logger: logger.child({ component: 'moderation' }),
      });
      // A message deleted (recalled) on its platform: its library copy goes too (privacy), idempotently.
      const libraryLogger = logger.child({ component: 'library' });
      const onMessageDeleted = async (message: DeletedChatMessage) => {
        const { removed } = await system.core.forgetDeletedMessage(message);
        if (removed)
          libraryLogger.info(
            { platform: message.platform, messageId: message.messageId },
            'library: original deleted, entry removed',
          );
      };
      const community = await system.ports.communities.getBySlug(config.SNOWBALL_COMMUNITY);
      // A single-club deployment: the configured guilds and the token's workspace belong to that club.
      if (community) {
        for (const guildId of config.DISCORD_GUILD_IDS) {
          await system.core.attachGuild({
            actor: systemActor(community.id, 'config'),
            communityId: community.id,
            guildId,
          });
        }
      }
      if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID && options.bot) {
        const botDispatcher = dispatcher;
        // The configured guilds and every guild an owner connected from the panel (picked up at start).
        const guildIds = [...new Set([...config.DISCORD_GUILD_IDS, ...(await attachedDiscordGuilds(system.ports))])];
        const [token, applicationId] = [config.DISCORD_TOKEN, config.DISCORD_APPLICATION_ID];
        // A Discord outage at start degrades Discord alone: the login is retried in the background.
        await connections.connect('discord', async () => {
          bot = await startDiscordBot({
            token,
            applicationId,
            guildIds,
            guilds: served,
            memberRoleId: config.DISCORD_MEMBER_ROLE_ID,
            apiUrl: config.DISCORD_API_URL,
            dispatcher: botDispatcher,
            onMessage,
            onMessageDeleted,
            conversations: system.core,
            logger: logger.child({ platform: 'discord' }),
            ...(scale
              ? {
                  limiter: scale.limiter,
                  callObserver: scale.metrics.callObserver,
                  forms: scale.forms,
                  onFirstResponse,
                }
              : {}),
            ...discordShards(config.DISCORD_SHARDS),
          });
        });
      }
      if (settings && slackPorts) {
        if (community && slackPorts.mode === 'single') {
          // auth.test names the token's workspace; with Slack unreachable it is retried in the background.
          await connections.connect('slack', async () => {
            const teamId = await slackPorts.singleWorkspaceTeamId();
            if (teamId) {
              await system.core.attachWorkspace({
                actor: systemActor(community.id, 'config'),
                communityId: community.id,
                platform: 'slack',
                workspaceId: teamId,
              });
            }
          });
        }
        slack = createSlackApp(settings, slackPorts, {
          core: system.core,
          dispatcher,
          catalogue,
          communities: system.ports.communities,
          onMessage,
          onMessageDeleted,
          logger: logger.child({ platform: 'slack' }),
          ...(scale
            ? {
                ...(scale.slackEvents ? { eventDeduplicator: scale.slackEvents } : {}),
                onAck: (ms: number) => scale.metrics.ackDuration.observe({ platform: 'slack', kind: 'ack' }, ms / 1000),
              }
            : {}),
          // Only a signed-in owner of the club may connect a workspace to it.
          canInstall: async (communityId, request) => {
            try {
              const session = await system.core.getAdminSession({ sessionId: cookie(request.headers, sessionName) });
              return session.community.id === communityId && session.actor.roles.includes('owner');
            } catch {
              return false;
            }
          },
        });
        const slackApp = slack;
        if (settings.appToken && options.bot) await connections.connect('slack socket mode', () => slackApp.start());
      }
      if (feishu && feishuPorts) {
        const feishuLogger = logger.child({ platform: 'feishu' });
        if (!system.redis)
          feishuLogger.warn('feishu: no REDIS_URL; redelivered events are recognised in this process only');
        feishuApp = createFeishuApp(feishu, feishuPorts, {
          dispatcher,
          catalogue,
          onMessage,
          onMessageDeleted,
          conversations: system.core,
          logger: feishuLogger,
          ...(system.redis
            ? { deduplicator: redisEventDeduplicator(system.redis, { prefix: config.SNOWBALL_QUEUE_PREFIX }) }
            : {}),
          // A self-built app hears only its own tenant: in a single-club deployment, that tenant is the club's.
          onTenant: async (tenantKey) => {
            if (!community) return;
            await system.core.attachWorkspace({
              actor: systemActor(community.id, 'config'),
              communityId: community.id,
              platform: 'feishu',
              workspaceId: tenantKey,
            });
          },
        });
        // The long connection (no public URL needed) in the bot role; the HTTP callback is mounted on the API.
        const feishuRuntime = feishuApp;
        if (options.bot) await connections.connect('feishu', () => feishuRuntime.start());
      }
    },
    async mount(app) {
      await withRawBody(app, async (scope) => {
        if (config.DISCORD_PUBLIC_KEY) {
          scope.post('/discord/interactions', async (request, reply) => {
            if (!dispatcher) return reply.code(503).send({ error: 'starting' });
            const response = await handleDiscordHttpInteraction({
              publicKey: config.DISCORD_PUBLIC_KEY as string,
              rawBody: request.rawBody ?? '',
              headers: request.headers,
              dispatcher,
              apiUrl: config.DISCORD_API_URL,
              logger: logger.child({ platform: 'discord' }),
              ...(scale ? { forms: scale.forms, onFirstResponse, claims: scale.discordInteractions } : {}),
            });
            return reply.code(response.status).send(response.body);
          });
        }
        if (settings && !settings.appToken) {
          scope.post('/slack/events', async (request, reply) => {
            if (!slack) return reply.code(503).send({ error: 'starting' });
            const response = await slack.handleEvents({ rawBody: request.rawBody ?? '', headers: request.headers });
            return reply.code(response.status).headers(response.headers).send(response.body);
          });
        }
        if (feishu) {
          scope.post('/feishu/events', async (request, reply) => {
            if (!feishuApp) return reply.code(503).send({ error: 'starting' });
            const response = await feishuApp.handleEvents({ rawBody: request.rawBody ?? '', headers: request.headers });
            return reply.code(response.status).send(response.body);
          });
        }
        if (settings?.clientId) {
          scope.get('/slack/install', async (request, reply) => {
            if (!slack) return reply.code(503).send({ error: 'starting' });
            const response = await slack.handleInstall({
              query: request.query as Record<string, string>,
              headers: request.headers,
            });
            return reply.code(response.status).headers(response.headers).send(response.body);
          });
          scope.get('/slack/oauth_redirect', async (request, reply) => {
            if (!slack) return reply.code(503).send({ error: 'starting' });
            const response = await slack.handleOAuthRedirect({
              query: request.query as Record<string, string>,
              headers: request.headers,
            });
            return reply.code(response.status).headers(response.headers).send(response.body);
          });
        }
      });
    },
    readiness() {
      return connections.status();
    },
    discordGuildChanged(guildId) {
      discordGuilds?.invalidate(guildId);
    },
    async stop() {
      connections.stop();
      await moderationReconciler?.stop();
      await bot?.stop();
      await slack?.stop();
      await feishuApp?.stop();
    },
  };
}

/** `DISCORD_SHARDS`: `auto` (as many as Discord recommends) or `0,1/4` (these shard ids of four); default one. */
function discordShards(value: string | undefined): { shards?: 'auto' | number[]; shardCount?: number } {
  if (!value) return {};
  if (value === 'auto') return { shards: 'auto' };
  const [ids = '', count = ''] = value.split('/');
  return { shards: ids.split(',').map(Number), shardCount: Number(count) };
}

/** One cookie's value from raw request headers (the Slack install handler is framework-free). */
function cookie(headers: Readonly<Record<string, unknown>>, name: string): string | null {
  for (const part of String(headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The Discord guilds attached to any club of this deployment (at start: a few rows per club). */
async function attachedDiscordGuilds(ports: Pick<Ports, 'communities'>): Promise<string[]> {
  const guilds: string[] = [];
  for (const community of await ports.communities.list()) {
    for (const w of await ports.communities.listWorkspaces(community.id)) {
      if (w.platform === 'discord') guilds.push(w.workspaceId);
    }
  }
  return guilds;
}
