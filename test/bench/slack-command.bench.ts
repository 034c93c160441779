/**
 * Benchmark of Slack slash commands over HTTP (not a test): signed `/me` and `/ask` requests on 127.0.0.1
 * through our full path — signature check (SlackHttpReceiver) → Bolt → empty ack at once, then dispatcher →
 * core on in-memory ports → Block Kit answer at the response URL (each one checked) — against a bare Bolt app with a minimal custom receiver (same
 * `verifySlackRequest`) whose command listener acks a constant text. Same request bodies, same load generator
 * (test/bench/support/http-load.ts: keep-alive node:http in a child process, a warm-up, then a fixed count at
 * a fixed concurrency).
 *
 *   node --import tsx test/bench/slack-command.bench.ts                          # 3,000 requests at concurrency 20
 *   node --import tsx test/bench/slack-command.bench.ts --requests 10000 --concurrency 50
 *
 * Targets (chosen after measuring on a 2-core machine, generator on the same cores):
 *   - p99 of our path under 300 ms at concurrency 20 (Slack's ack limit is 3 s: a 10x margin);
 *   - our throughput at least 0.25x the bare Bolt app's (measured 0.32-0.38x: the dispatcher, core, locale
 *     lookup and Block Kit rendering cost about twice what Bolt's own request handling does; 0.25x leaves
 *     room for run-to-run noise and fails on a real regression).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalogue, createDispatcher } from '../../packages/commands/src/index.js';
import { createCore } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import {
  createSlackApp,
  createSlackPorts,
  InMemorySlackInstallationStore,
  startSlackHttpServer,
} from '../../packages/slack/src/index.js';
import { FakeSlackApi, signSlackRequest, slashCommandRequest } from '../../packages/testkit/src/slack/index.js';
import { BoltApp, BoltLogLevel, type BoltReceiver, verifySlackRequest } from './support/deps.js';
import {
  createChecker,
  describeLoad,
  type LoadRequest,
  type LoadResult,
  machineLine,
  runLoad,
} from './support/http-load.js';

const P99_LIMIT_MS = 300;
const SLACK_ACK_LIMIT_MS = 3_000;
const MIN_RATIO = 0.25;
const USERS = 20;
const TIME_LIMIT_MS = 120_000;
const SIGNING_SECRET = 'bench-signing-secret';

function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const REQUESTS = argNumber('--requests', 3_000);
const CONCURRENCY = argNumber('--concurrency', 20);
const WARMUP = Math.min(1_000, REQUESTS);

/** Signs bodies now: a signature stays valid for 5 minutes, longer than one phase. */
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

/**
 * Our app as production wires it over HTTP (single workspace, bot token), on the in-memory ports of the tests,
 * against the fake Slack Web API (auth.test and users.info, cached
 * after the warm-up).
 */
async function startOurs() {
  const fake = await FakeSlackApi.start();
  const ports = createTestPorts();
  const settings = {
    signingSecret: SIGNING_SECRET,
    botToken: fake.defaultWorkspace.botToken,
    apiUrl: fake.apiUrl,
    memberChannelIds: ['C0MEMBERS1'],
  };
  fake.addChannel('C0MEMBERS1');
  const slack = createSlackPorts(settings, { installationStore: new InMemorySlackInstallationStore() });
  const core = createCore({ ...ports, roleSync: slack.roleSync, messenger: slack.messenger });
  const dispatcher = createDispatcher({ core, commands: catalogue });
  const runtime = createSlackApp(settings, slack, { core, dispatcher, catalogue, communities: ports.communities });
  const server = await startSlackHttpServer(runtime);
  return {
    fake,
    ports,
    core,
    url: server.url,
    close: async () => {
      await server.close();
      await fake.close();
    },
  };
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
    const body = Object.fromEntries(new URLSearchParams(rawBody));
    let answered = false;
    const answer = (status: number, text: string) => {
      if (answered) return;
      answered = true;
      res.statusCode = status;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(text);
    };
    await app?.processEvent({
      body,
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
  console.log(machineLine('slack slash-command benchmark'));
  console.log(`${REQUESTS} requests at concurrency ${CONCURRENCY} after ${WARMUP} warm-up requests, ${USERS} members`);

  const ours = await startOurs();
  const bare = await startBareBolt();
  try {
    const teamId = ours.fake.defaultWorkspace.teamId;
    const { core, ports } = ours;
    const { community, ownerId } = await core.createCommunity({
      slug: 'bench',
      name: 'Bench Club',
      owner: { displayName: 'Olivia Owner' },
    });
    await ports.communities.attachWorkspace(community.id, 'slack', teamId);
    const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
    const users = Array.from({ length: USERS }, (_, i) => `U0BENCH${String(i).padStart(3, '0')}`);
    for (const [i, slackId] of users.entries()) {
      ours.fake.addUser({ id: slackId, locale: 'en-US' });
      // Through the core, as a member joins: application (linked to the Slack user), approval, payment.
      const application = await core.submitApplication({
        communityId: community.id,
        name: `Member ${i}`,
        answers: [{ question: 'What do you do?', answer: 'Business' }],
        valuesPledge: true,
        locale: 'en',
        account: { platform: 'slack', workspaceId: teamId, platformUserId: slackId },
      });
      await core.approveApplication({ actor: owner, communityId: community.id, applicationId: application.id });
      await core.recordPayment({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
        amountMinor: community.settings.fee.amountMinor,
        currency: community.settings.fee.currency,
        method: 'bank_transfer',
        reference: `REF-${application.id}`,
      });
    }
    // Every request is a new command (its own trigger id and response URL, as Slack sends them), so replay
    // protection never folds two into one. The bare app answers in the ack; ours acks empty at once and answers
    // at the response URL, and every answer is checked there. Warm-up commands are separate from measured ones.
    const commands = (name: 'me' | 'ask', count: number, tag: string, responseId: string) =>
      signed(
        Array.from(
          { length: count },
          (_, i) =>
            slashCommandRequest({
              teamId,
              userId: users[i % users.length] as string,
              command: `/${name}`,
              text: name === 'ask' ? `How should I price a retainer? (${tag} ${i})` : '',
              responseUrl: ours.fake.responseUrl(responseId),
            }).body,
        ),
      );
    const load = (origin: string, requests: LoadRequest[], expectText: string): Promise<LoadResult> =>
      runLoad({
        origin,
        requests,
        count: requests.length,
        warmup: 0,
        concurrency: CONCURRENCY,
        expectStatus: 200,
        expectText,
        timeLimitMs: TIME_LIMIT_MS,
      });
    /** Runs the warm-up and the measured load; for ours, also waits for every answer at the response URL. */
    const phase = async (origin: string, name: 'me' | 'ask', bare: boolean) => {
      const id = `${name}-${bare ? 'bare' : 'ours'}`;
      await load(origin, commands(name, WARMUP, 'warm-up', id), bare ? 'ok' : '');
      const result = await load(origin, commands(name, REQUESTS, 'measured', id), bare ? 'ok' : '');
      if (bare) return { result, answered: true };
      const until = Date.now() + 60_000;
      while (ours.fake.responsesTo(id).length < WARMUP + REQUESTS && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const expected = name === 'me' ? '"blocks"' : 'with the coaches';
      const answers = ours.fake.responsesTo(id);
      const answered =
        answers.length === WARMUP + REQUESTS && answers.every((r) => JSON.stringify(r.body).includes(expected));
      return { result, answered };
    };

    const bareMe = (await phase(bare.url, 'me', true)).result;
    console.log(describeLoad('bare Bolt, /me bodies', bareMe));
    const me = await phase(ours.url, 'me', false);
    const oursMe = me.result;
    console.log(describeLoad('ours /me (empty ack, answer at the response URL)', oursMe));
    const bareAsk = (await phase(bare.url, 'ask', true)).result;
    console.log(describeLoad('bare Bolt, /ask bodies', bareAsk));
    const ask = await phase(ours.url, 'ask', false);
    const oursAsk = ask.result;
    console.log(describeLoad('ours /ask (stores a question)', oursAsk));

    const { check, finish } = createChecker();
    for (const [name, ours, base] of [
      ['/me', oursMe, bareMe],
      ['/ask', oursAsk, bareAsk],
    ] as const) {
      const ratio = ours.reqPerSec / base.reqPerSec;
      console.log(
        `${name}: throughput ratio ours/bare = ${ratio.toFixed(2)}x; p99 ours ${ours.p99.toFixed(1)} ms vs bare ` +
          `${base.p99.toFixed(1)} ms; p99 is ${((ours.p99 / SLACK_ACK_LIMIT_MS) * 100).toFixed(1)}% of Slack's 3 s ack limit`,
      );
      check(
        ours.errors === 0 && base.errors === 0 && !ours.timedOut && !base.timedOut,
        `${name}: every answer as expected${ours.firstError ? ` (first error: ${ours.firstError})` : ''}`,
      );
      check(
        (name === '/me' ? me : ask).answered,
        `${name}: every command answered once at its response URL, as expected`,
      );
      check(ours.p99 < P99_LIMIT_MS, `${name}: p99 ${ours.p99.toFixed(1)} ms < ${P99_LIMIT_MS} ms`);
      check(ratio >= MIN_RATIO, `${name}: throughput ${ratio.toFixed(2)}x bare >= ${MIN_RATIO}x`);
    }
    finish('slack-command benchmark');
  } finally {
    await bare.close();
    await ours.close();
  }
}

await main();
