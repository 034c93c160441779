/**
 * Benchmark: Slack `/ask` over HTTP with the club on real PostgreSQL (bulk-loaded with COPY) — signature check
 * (SlackHttpReceiver) → Bolt → empty ack at once; the dispatcher → core (stores the question) → Block Kit answer at
 * the response URL follows (every one checked) — against a bare Bolt
 * app with a minimal custom receiver (same `verifySlackRequest`) that acks a constant text. Same signed
 * bodies, same load generator (test/bench/support/http-load.ts), same run. The load generator and the fake
 * Slack API (which receives the answers, as Slack's servers do) each run in their own process, so the measured
 * process pays only for its own work.
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL REDIS_URL
 *   node --import tsx test/bench/slack-ask-postgres.bench.ts                     # 10,000 members, 2,000 requests
 *   node --import tsx test/bench/slack-ask-postgres.bench.ts --members 100000
 *   node --import tsx test/bench/slack-ask-postgres.bench.ts --smoke             # 500 members, 200 requests
 *
 * Target: p99 of the ack <= 1.5x the bare Bolt ack's p99, at concurrency 20.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalogue, createDispatcher } from '../../packages/commands/src/index.js';
import { createCore, type JobQueue, randomIds, systemClock } from '../../packages/core/src/index.js';
import { RecordingRoleSync } from '../../packages/core/src/testing/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import {
  createSlackApp,
  createSlackPorts,
  InMemorySlackInstallationStore,
  startSlackHttpServer,
} from '../../packages/slack/src/index.js';
import { signSlackRequest, slashCommandRequest } from '../../packages/testkit/src/slack/index.js';
import { BoltApp, BoltLogLevel, type BoltReceiver, verifySlackRequest } from './support/deps.js';
import { startFakeSlackProcess } from './support/fake-slack-process.js';
import { type LoadRequest, type LoadResult, runLoad } from './support/http-load.js';
import { createReport } from './support/report.js';
import { seedPostgres } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}
const MEMBERS = argNumber('--members', smoke ? 500 : 10_000);
const REQUESTS = argNumber('--requests', smoke ? 200 : 2_000);
const CONCURRENCY = argNumber('--concurrency', 20);
/** Commands worked on at once after their ack (`--lane N`; the app's default unless given). */
const LANE = process.argv.includes('--lane') ? argNumber('--lane', 8) : null;
const WARMUP = Math.min(300, REQUESTS);
const USERS = 20;
const MAX_RATIO = 1.5;
const SIGNING_SECRET = 'bench-signing-secret';
const DAY = 86_400_000;

const serverUrl = process.env['DATABASE_URL'];
if (!serverUrl) throw new Error('DATABASE_URL must be set (eval "$(scripts/services.sh start)")');

const noJobs: JobQueue = { async schedule() {}, scheduleMany: async () => ({ added: 0 }), async cancel() {} };

function signed(bodies: readonly string[]): LoadRequest[] {
  return bodies.map((body) => ({
    method: 'POST',
    path: '/slack/events',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SIGNING_SECRET, body) },
    body,
  }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The baseline: Bolt with the smallest custom receiver that verifies, hands over and answers with the ack. */
async function startBareBolt(): Promise<{ url: string; close(): Promise<void> }> {
  let app: InstanceType<typeof BoltApp> | null = null;
  const receiver: BoltReceiver = {
    init: (a) => {
      app = a;
    },
    start: async () => undefined,
    stop: async () => undefined,
  };
  const bolt = new BoltApp({
    receiver,
    logLevel: BoltLogLevel.ERROR,
    authorize: async () => ({ botToken: 'xoxb-bench', botId: 'B0BENCH', botUserId: 'U0BENCHBOT' }),
  });
  bolt.command(/.*/, async ({ ack }) => {
    await ack('ok');
  });
  const server = createServer(async (req, res) => {
    const rawBody = await readBody(req);
    try {
      verifySlackRequest({
        signingSecret: SIGNING_SECRET,
        body: rawBody,
        headers: {
          'x-slack-signature': String(req.headers['x-slack-signature']),
          'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
        },
      });
    } catch {
      res.statusCode = 401;
      res.end();
      return;
    }
    let answered = false;
    const answer = (status: number, text: string) => {
      if (answered) return;
      answered = true;
      res.statusCode = status;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(text);
    };
    await app?.processEvent({
      body: Object.fromEntries(new URLSearchParams(rawBody)),
      ack: async (response?: unknown) => answer(200, typeof response === 'string' ? response : ''),
    });
    answer(404, '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function main(): Promise<void> {
  const report = createReport('slack-ask-postgres', { smoke });
  const club = await seedPostgres({ serverUrl: serverUrl as string, members: MEMBERS, prefix: 'snowball_bench_slack' });
  const fake = await startFakeSlackProcess();
  const bare = await startBareBolt();
  const closers: (() => Promise<unknown>)[] = [];
  try {
    console.log(`[slack-ask-postgres] seeded ${MEMBERS} members in ${(club.seedMs / 1000).toFixed(1)} s`);
    const settings = { signingSecret: SIGNING_SECRET, botToken: fake.defaultWorkspace.botToken, apiUrl: fake.apiUrl };
    const slack = createSlackPorts(settings, { installationStore: new InMemorySlackInstallationStore() });
    const repos = createDrizzleRepositories(club.handle.db);
    const core = createCore({
      ...repos,
      clock: systemClock,
      ids: randomIds,
      messenger: slack.messenger,
      roleSync: new RecordingRoleSync(),
      jobs: noJobs,
    });
    const teamId = fake.defaultWorkspace.teamId;
    await repos.communities.attachWorkspace(club.communityId, 'slack', teamId);
    const now = new Date();
    const users = Array.from({ length: USERS }, (_, i) => `U0BENCH${String(i).padStart(3, '0')}`);
    for (const [i, slackId] of users.entries()) {
      await fake.addUser({ id: slackId, locale: 'en-US' });
      const memberId = club.memberIds[1 + i * 5] as string;
      await repos.accounts.link({
        communityId: club.communityId,
        platform: 'slack',
        workspaceId: teamId,
        platformUserId: slackId,
        memberId,
        linkedAt: now,
      });
      await repos.memberships.add({
        id: randomUUID(),
        communityId: club.communityId,
        memberId,
        startsAt: new Date(now.getTime() - 30 * DAY),
        endsAt: new Date(now.getTime() + 335 * DAY),
        kind: 'initial',
        paymentId: null,
        createdAt: now,
      });
    }
    const runtime = createSlackApp(settings, slack, {
      core,
      dispatcher: createDispatcher({ core, commands: catalogue }),
      catalogue,
      communities: repos.communities,
      ...(LANE ? { commandConcurrency: LANE } : {}),
    });
    const server = await startSlackHttpServer(runtime);
    closers.push(() => server.close());
    // Every request is a new command (its own trigger id, as Slack sends), so replay protection never folds two
    // into one; each answer goes to the fake's response URL (the ack is empty, as Slack recommends) and the run
    // checks that every question was answered there. Warm-up commands are separate from the measured ones.
    const commands = (count: number, tag: string) =>
      signed(
        Array.from(
          { length: count },
          (_, i) =>
            slashCommandRequest({
              teamId,
              userId: users[i % users.length] as string,
              command: '/ask',
              text: `How should I price a retainer? (${tag} ${i})`,
              responseUrl: fake.responseUrl('ask'),
            }).body,
        ),
      );
    const load = (origin: string, expectText: string, requests: LoadRequest[]): Promise<LoadResult> =>
      runLoad({
        origin,
        requests,
        count: requests.length,
        warmup: 0,
        concurrency: CONCURRENCY,
        expectStatus: 200,
        expectText,
        timeLimitMs: 180_000,
      });
    await load(bare.url, 'ok', commands(WARMUP, 'warm-up bare'));
    const baseline = await load(bare.url, 'ok', commands(REQUESTS, 'bare'));
    const oursStarted = Date.now();
    await load(server.url, '', commands(WARMUP, 'warm-up'));
    const sent = REQUESTS + WARMUP;
    const ours = await load(server.url, '', commands(REQUESTS, 'ours'));
    const answeredBy = Date.now() + 60_000;
    let answers = await fake.answers('ask');
    while (answers.count < sent && Date.now() < answeredBy) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answers = await fake.answers('ask');
    }
    const answeredPerSec = answers.count / ((Date.now() - oursStarted) / 1000);
    const answered = answers.withBlocks;
    const ratio = ours.p99 / baseline.p99;
    report.add({
      measure: `/ask ack p99 (concurrency ${CONCURRENCY})`,
      size: MEMBERS,
      ours: ours.p99,
      baseline: baseline.p99,
      targets: [
        { text: `<= ${MAX_RATIO}x bare Bolt`, ok: ratio <= MAX_RATIO },
        { text: 'every answer as expected', ok: ours.errors === 0 && baseline.errors === 0 && !ours.timedOut },
      ],
    });
    report.add({ measure: '/ask ack p50', size: MEMBERS, ours: ours.p50, baseline: baseline.p50 });
    report.add({
      measure: '/ask answered at the response URL',
      size: MEMBERS,
      ours: answered,
      baseline: sent,
      unit: 'answers',
      targets: [{ text: 'every question answered once', ok: answered === sent && answers.count === sent }],
    });
    report.add({
      measure: '/ask answers per second (to the last answer)',
      size: MEMBERS,
      ours: answeredPerSec,
      baseline: baseline.reqPerSec,
      unit: 'req/s',
    });
    report.add({
      measure: '/ask throughput',
      size: MEMBERS,
      ours: ours.reqPerSec,
      baseline: baseline.reqPerSec,
      unit: 'req/s',
    });
    if (ours.firstError) report.note(`first error: ${ours.firstError}`);
    await report.finish();
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await bare.close();
    await fake.close();
    await club.drop();
  }
}

await main();
