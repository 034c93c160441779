import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiServer, registerQueueBoard } from '@snowball/admin-api';
import { loginUrl, systemActor } from '@snowball/core';
import { BullMqJobQueue, producerConnection } from '@snowball/jobs';
import { pino } from 'pino';
import { openSystem } from '../compose/open-system.js';
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
export async function startCommand(config: Config, options: StartOptions, out: (line: string) => void): Promise<void> {
  const unknown = options.roles.filter((r) => !KNOWN_ROLES.includes(r));
  if (unknown.length) throw new Error(`unknown role ${unknown.join(', ')} (use ${KNOWN_ROLES.join(', ')})`);
  const logger = pino({ level: config.LOG_LEVEL });
  const producer = config.REDIS_URL ? producerConnection(config.REDIS_URL) : null;
  producer?.on('error', () => undefined);
  const jobs = producer ? new BullMqJobQueue(producer, config.SNOWBALL_QUEUE_PREFIX) : undefined;
  const platforms = await startPlatforms(config, { bot: options.roles.includes('bot'), logger });
  const system = await openSystem(config, {
    jobs,
    messengers: platforms.messengers,
    roleSyncs: platforms.roleSyncs,
  });
  const stops: (() => Promise<unknown>)[] = [
    async () => system.close(),
    async () => jobs?.close(),
    async () => producer?.quit(),
  ];

  let demoOwner: { communityId: string; memberId: string } | null = null;
  if (options.quickstart) {
    const demo = await seedDemo(system.ports, options.community);
    await system.ports.communities.attachWorkspace(demo.community.id, 'simulator', demo.community.slug);
    demoOwner = { communityId: demo.community.id, memberId: demo.ownerId };
  }
  await platforms.attach(system);
  stops.unshift(() => platforms.stop());

  if (options.roles.includes('worker')) {
    if (!config.REDIS_URL) throw new Error('the worker role needs REDIS_URL');
    const worker = await startWorkerRole(system, config.REDIS_URL, logger, config.SNOWBALL_QUEUE_PREFIX);
    stops.unshift(() => worker.close());
  }
  if (options.roles.includes('api')) {
    const webRoot = fileURLToPath(new URL('../../../admin-web/dist', import.meta.url));
    const server = await buildApiServer({
      core: system.core,
      logger,
      config: {
        publicUrl: config.publicUrl,
        sessionCookieSecure: config.publicUrl.startsWith('https://'),
        webRoot: existsSync(webRoot) ? webRoot : undefined,
        slackInstallUrl: config.SLACK_CLIENT_ID ? `${config.publicUrl}/slack/install` : undefined,
      },
      readiness: () => system.readiness(),
      mount: async (app) => {
        await platforms.mount(app, system);
        if (jobs) await registerQueueBoard(app, { queues: [jobs.queue('notify'), jobs.queue('tasks')] });
      },
    });
    await server.listen({ host: config.HOST, port: config.PORT });
    stops.unshift(() => server.close());
    out(`snowball is running: ${config.publicUrl} (roles: ${options.roles.join(', ')})`);
  }
  if (demoOwner) {
    const { token } = await system.core.issueLoginLink({
      actor: systemActor(demoOwner.communityId, 'quickstart'),
      communityId: demoOwner.communityId,
      memberId: demoOwner.memberId,
      role: 'owner',
    });
    out(
      `Admin panel (one-time login link for the demo owner, valid 10 minutes):\n  ${loginUrl(config.publicUrl, token)}`,
    );
    out(`Try the member commands: pnpm snowball chat --as owner@example.com   (REDIS_URL=${config.REDIS_URL ?? ''})`);
    out('More links: pnpm snowball admin invite --community demo --role owner');
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
