import type { ApiServerDeps } from '@snowball/admin-api';
import { sessionCookieName, withRawBody } from '@snowball/admin-api';
import { catalogue, createDispatcher, type Dispatcher } from '@snowball/commands';
import type { Messenger, Platform, RoleSync } from '@snowball/core';
import { DrizzleSlackInstallationStore } from '@snowball/db';
import {
  createDiscordRest,
  type DiscordBot,
  DiscordMessenger,
  DiscordRoleSync,
  handleDiscordHttpInteraction,
  startDiscordBot,
} from '@snowball/discord';
import { createSlackApp, createSlackPorts, type SlackRuntime, type SlackSettings } from '@snowball/slack';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { System } from './open-system.js';

type FastifyInstance = Parameters<NonNullable<ApiServerDeps['mount']>>[0];

export interface Platforms {
  readonly messengers: Partial<Record<Platform, Messenger>>;
  readonly roleSyncs: Partial<Record<Platform, RoleSync>>;
  /** Connects what needs the core (bots, the Slack app) once the system is open. */
  attach(system: System): Promise<void>;
  /** Adds the platform webhooks to the API server. */
  mount(app: FastifyInstance, system: System): Promise<void>;
  stop(): Promise<void>;
}

function slackSettings(config: Config): SlackSettings | null {
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

/**
 * Builds the Discord and Slack pieces the configuration enables: their messengers and role syncs go into the
 * core's ports; the gateway bot connects only in the `bot` role; webhooks are mounted on the API.
 */
export async function startPlatforms(
  config: Config,
  options: { readonly bot: boolean; readonly logger: Logger },
): Promise<Platforms> {
  const { logger } = options;
  const messengers: Partial<Record<Platform, Messenger>> = {};
  const roleSyncs: Partial<Record<Platform, RoleSync>> = {};
  const discordRest = config.DISCORD_TOKEN
    ? createDiscordRest({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL })
    : null;
  if (discordRest) {
    messengers.discord = new DiscordMessenger(discordRest);
    if (config.DISCORD_MEMBER_ROLE_ID)
      roleSyncs.discord = new DiscordRoleSync(discordRest, config.DISCORD_MEMBER_ROLE_ID);
  }
  const settings = slackSettings(config);
  // The Postgres installation store needs the database, which opens later: a holder filled in attach().
  let installationStore: DrizzleSlackInstallationStore | null = null;
  const slackPorts = settings
    ? createSlackPorts(settings, {
        logger: logger.child({ platform: 'slack' }),
        installationStore: {
          save: (i) => (installationStore as DrizzleSlackInstallationStore).save(i),
          find: (teamId) => (installationStore as DrizzleSlackInstallationStore).find(teamId),
          delete: (teamId) => (installationStore as DrizzleSlackInstallationStore).delete(teamId),
        },
      })
    : null;
  if (slackPorts) {
    messengers.slack = slackPorts.messenger;
    roleSyncs.slack = slackPorts.roleSync;
  }

  // The same cookie the admin API sets, so the Slack install is started only by a signed-in owner.
  const sessionName = sessionCookieName(config.publicUrl.startsWith('https://'));
  let dispatcher: Dispatcher | null = null;
  let bot: DiscordBot | null = null;
  let slack: SlackRuntime | null = null;

  return {
    messengers,
    roleSyncs,
    async attach(system) {
      installationStore = new DrizzleSlackInstallationStore(system.db);
      dispatcher = createDispatcher({
        core: system.core,
        commands: catalogue,
        publicUrl: config.publicUrl,
        logger: logger.child({ component: 'commands' }),
      });
      const community = await system.ports.communities.getBySlug(config.SNOWBALL_COMMUNITY);
      // A single-club deployment: the configured guilds and the token's workspace belong to that club.
      if (community) {
        for (const guildId of config.DISCORD_GUILD_IDS) {
          await system.ports.communities.attachWorkspace(community.id, 'discord', guildId);
        }
      }
      if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID && options.bot) {
        bot = await startDiscordBot({
          token: config.DISCORD_TOKEN,
          applicationId: config.DISCORD_APPLICATION_ID,
          guildIds: config.DISCORD_GUILD_IDS,
          memberRoleId: config.DISCORD_MEMBER_ROLE_ID,
          apiUrl: config.DISCORD_API_URL,
          dispatcher,
          logger: logger.child({ platform: 'discord' }),
        });
      }
      if (settings && slackPorts) {
        if (community && slackPorts.mode === 'single') {
          const teamId = await slackPorts.singleWorkspaceTeamId();
          if (teamId) await system.ports.communities.attachWorkspace(community.id, 'slack', teamId);
        }
        slack = createSlackApp(settings, slackPorts, {
          core: system.core,
          dispatcher,
          catalogue,
          communities: system.ports.communities,
          logger: logger.child({ platform: 'slack' }),
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
        if (settings.appToken && options.bot) await slack.start();
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
    async stop() {
      await bot?.stop();
      await slack?.stop();
    },
  };
}

/** One cookie's value from raw request headers (the Slack install handler is framework-free). */
function cookie(headers: Readonly<Record<string, unknown>>, name: string): string | null {
  for (const part of String(headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
