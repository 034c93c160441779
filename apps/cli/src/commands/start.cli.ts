import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApiServer, registerMetricsRoute, registerQueueBoard, safeLogSerializers } from '@snowball/admin-api';
import { loginUrl, systemActor } from '@snowball/core';
import { DrizzleSlackInstallationStore } from '@snowball/db';
import { BullMqJobQueue, producerConnection } from '@snowball/jobs';
import { observeWorkers, startMetricsServer } from '@snowball/metrics';
import { JOB_ROUTES } from '@snowball/worker';
import { pino } from 'pino';
import { CliError } from '../cli-error.js';
import { cliLocale } from '../cli-locale.js';
import { connectionHealth, discordGuildSetup } from '../compose/connection-health.js';
import { ensureWorkerRedis } from '../compose/local-redis.js';
import { openSystem } from '../compose/open-system.js';
import { foldConnectionErrors, OutageLog, redisTarget } from '../compose/outage-log.js';
import { evictionPolicy, evictionRefusal } from '../compose/redis-connection.js';
import { createScaleOut } from '../compose/scale-out.js';
import { recordServerAddress } from '../compose/server-address.js';
import { startPlatforms } from '../compose/start-platforms.js';
import { startWorkerRole } from '../compose/start-worker-role.js';
import type { Config } from '../config.js';
import { seedDemo } from '../demo/seed-demo.js';

export interface StartOptions {
  readonly roles: readonly string[];
  readonly quickstart: boolean;
  readonly community: string;
}

const KNOWN_ROLES = ['api', 'bot', 'worker'];

/** `snowball start` / `snowball quickstart`: runs the chosen roles in this process until SIGTERM. */
export async function startCommand(given: Config, options: StartOptions, out: (line: string) => void): Promise<void> {
  const unknown = options.roles.filter((r) => !KNOWN_ROLES.includes(r));
  if (unknown.length) throw new Error(`unknown role ${unknown.join(', ')} (use ${KNOWN_ROLES.join(', ')})`);
  // Without REDIS_URL: quickstart starts the local Redis as scripts/quickstart.sh does; start says what to do.
  const { config, note: redisNote } = await ensureWorkerRedis(given, options);
  if (redisNote) out(redisNote);
  // No secret or SQL parameter value reaches a log line, from any role.
  // A connection error is logged once when a service goes away and once when it is back, not on every retry.
  let outage: OutageLog | undefined;
  const logger = pino({
    level: config.LOG_LEVEL,
    serializers: safeLogSerializers,
    hooks: foldConnectionErrors(() => outage),
  });
  outage = new OutageLog(logger);
  const outages = outage;
  const producer = config.REDIS_URL ? producerConnection(config.REDIS_URL) : null;
  producer?.on('error', (err) => outages.error(err, 'redis'));
  producer?.on('ready', () => outages.up(redisTarget(config.REDIS_URL ?? ''), 'redis'));
  const jobs = producer ? new BullMqJobQueue(producer, config.SNOWBALL_QUEUE_PREFIX, JOB_ROUTES) : undefined;
  // Shared pace of platform calls, form stashes and event claims in Redis, and this process's metrics.
  const scale = createScaleOut({
    redisUrl: config.REDIS_URL,
    prefix: config.SNOWBALL_QUEUE_PREFIX,
    logger,
    roles: options.roles,
  });
  for (const queue of jobs ? [jobs.queue('notify'), jobs.queue('tasks')] : []) {
    // Without a listener BullMQ prints every Redis error to stderr as a raw stack.
    queue.on('error', (err) => outages.error(err, 'redis') || logger.error({ err }, 'queue error'));
  }
  if (jobs) scale.metrics.trackQueues([jobs.queue('notify'), jobs.queue('tasks')]);
  const platforms = await startPlatforms(config, { bot: options.roles.includes('bot'), logger, scale });
  const system = await openSystem(config, {
    embeddedMode: 'serve',
    command: options.quickstart ? 'snowball quickstart' : 'snowball start',
    jobs,
    messengers: platforms.messengers,
    roleSyncs: platforms.roleSyncs,
    accessRosters: platforms.accessRosters,
    channelPublishers: platforms.channelPublishers,
  });
  const stops: (() => Promise<unknown>)[] = [
    async () => system.close(),
    async () => jobs?.close(),
    async () => producer?.quit(),
    async () => scale.close(),
  ];

  let demoOwner: { communityId: string; memberId: string } | null = null;
  if (options.quickstart) {
    const demo = await seedDemo(system.ports, options.community);
    await system.core.attachWorkspace({
      actor: systemActor(demo.community.id, 'cli'),
      communityId: demo.community.id,
      platform: 'simulator',
      workspaceId: demo.community.slug,
    });
    demoOwner = { communityId: demo.community.id, memberId: demo.ownerId };
  }
  await platforms.attach(system);
  stops.unshift(() => platforms.stop());

  if (options.roles.includes('worker')) {
    if (!config.REDIS_URL) throw new Error('the worker role needs REDIS_URL');
    // Reported by /readyz for the other roles; the worker itself must not run on a Redis that evicts jobs.
    const policy = system.redis ? await evictionPolicy(system.redis) : null;
    if (policy && policy !== 'noeviction') throw new CliError(evictionRefusal(policy, cliLocale()));
    const worker = await startWorkerRole(system, config.REDIS_URL, logger, config.SNOWBALL_QUEUE_PREFIX);
    for (const queue of worker.queues) {
      queue.on('error', (err) => outages.error(err, 'redis') || logger.error({ err }, 'queue error'));
    }
    observeWorkers(worker.workers, scale.metrics);
    stops.unshift(() => worker.close());
  }
  let reachableUrl = config.publicUrl;
  if (options.roles.includes('api')) {
    const webRoot = fileURLToPath(new URL('../../../admin-web/dist', import.meta.url));
    if (!existsSync(webRoot)) {
      logger.warn('the admin panel is not built: run `pnpm build`, then restart (/ shows how meanwhile)');
    }
    const server = await buildApiServer({
      core: system.core,
      logger,
      config: {
        publicUrl: config.publicUrl,
        sessionCookieSecure: config.publicUrl.startsWith('https://'),
        webRoot: existsSync(webRoot) ? webRoot : undefined,
        slackInstallUrl: config.SLACK_CLIENT_ID ? `${config.publicUrl}/slack/install` : undefined,
        connectionHealth: connectionHealth(config, {
          installationStore: new DrizzleSlackInstallationStore(system.db),
        }),
        discordGuildSetup: discordGuildSetup(config, { onConnected: (id) => platforms.discordGuildChanged(id) }),
        trustProxy: config.TRUST_PROXY,
        requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
      },
      // A platform that is not connected yet shows in the checks without taking the API out of rotation.
      readiness: async () => {
        const services = await system.readiness();
        return { ok: services.ok, checks: { ...services.checks, ...platforms.readiness() } };
      },
      mount: async (app) => {
        await platforms.mount(app, system);
        await registerMetricsRoute(app, { render: () => scale.metrics.render(), token: config.METRICS_TOKEN });
        if (jobs) await registerQueueBoard(app, { queues: [jobs.queue('notify'), jobs.queue('tasks')] });
      },
      ...(system.stripe
        ? { stripe: { stripe: system.stripe.client, webhookSecret: system.stripe.webhookSecret } }
        : {}),
    });
    await server.listen({ host: config.HOST, port: config.PORT });
    stops.unshift(() => server.close());
    // With PORT=0 the system picks the port: links use the one it picked.
    const port = (server.server.address() as AddressInfo | null)?.port ?? config.PORT;
    reachableUrl = config.PUBLIC_URL ? config.publicUrl : config.publicUrl.replace(/:\d+$/, `:${port}`);
    // Other processes on this data directory (`club create`, `admin invite`) print their links on this address.
    stops.unshift(await recordServerAddress(config, reachableUrl));
    out(`snowball is running: ${reachableUrl} (roles: ${options.roles.join(', ')})`);
  }
  // Processes without the API (worker, bot) are scraped on their own port.
  if (config.METRICS_PORT !== undefined) {
    const metricsServer = await startMetricsServer({
      metrics: scale.metrics,
      port: config.METRICS_PORT,
      host: config.HOST,
    });
    stops.unshift(() => metricsServer.close());
    logger.info({ url: metricsServer.url }, 'metrics served');
  }
  if (demoOwner) {
    const { token } = await system.core.issueLoginLink({
      actor: systemActor(demoOwner.communityId, 'quickstart'),
      communityId: demoOwner.communityId,
      memberId: demoOwner.memberId,
      role: 'owner',
    });
    out(`Admin panel (one-time login link for the demo owner, valid 10 minutes):\n  ${loginUrl(reachableUrl, token)}`);
    out(`Try the member commands: pnpm snowball chat --as owner@example.com   (REDIS_URL=${config.REDIS_URL ?? ''})`);
    out('More links: pnpm snowball admin invite --community demo --role owner');
    out('Your own club: pnpm snowball club create --slug SLUG --name NAME --owner EMAIL   (see the README)');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const fn of stops) {
      try {
        await fn();
      } catch (error) {
        logger.error({ err: error }, 'error while shutting down');
      }
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
