/**
 * Benchmark: the first response to Discord interactions while a directory search runs beside them, through
 * everything production uses: the testkit's fake Discord (gateway + REST) → the real discord.js client →
 * our bot (`startDiscordBot`, the dispatcher) → core on real PostgreSQL (a club bulk-loaded with COPY).
 * Members run `/me` one after another while another member runs `/find` back to back; we measure, at the
 * fake, the time from dispatching each `/me` to its first response (reply or deferral).
 * Baseline, same run: a bare discord.js client on its own fake that replies "ok" to every interaction.
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL REDIS_URL
 *   node --import tsx test/bench/discord-interaction.bench.ts                    # 10,000 members, 300 /me
 *   node --import tsx test/bench/discord-interaction.bench.ts --members 100000
 *   node --import tsx test/bench/discord-interaction.bench.ts --smoke            # 500 members, 40 /me
 *
 * Target: first-response p99 < 1 s (Discord drops an interaction not answered within 3 s).
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { catalogue, createDispatcher } from '../../packages/commands/src/index.js';
import { createCore, type JobQueue, randomIds, systemClock } from '../../packages/core/src/index.js';
import { RecordingMessenger, RecordingRoleSync } from '../../packages/core/src/testing/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import type * as DiscordJs from '../../packages/discord/node_modules/discord.js/typings/index.js';
import { startDiscordBot } from '../../packages/discord/src/index.js';
import { FakeDiscord, type FakeDiscordUser } from '../../packages/testkit/src/index.js';
import { createReport, percentile } from './support/report.js';
import { seedPostgres } from './support/seed-postgres.js';

// The same discord.js our bot runs on, taken from the package that depends on it (the root has no dependencies).
const { Client, Events } = createRequire(new URL('../../packages/discord/package.json', import.meta.url))(
  'discord.js',
) as typeof DiscordJs;

const smoke = process.argv.includes('--smoke');
function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}
const MEMBERS = argNumber('--members', smoke ? 500 : 10_000);
const RUNS = argNumber('--runs', smoke ? 40 : 300);
const USERS = 10;
const P99_LIMIT_MS = 1000;
const DAY = 86_400_000;

const serverUrl = process.env['DATABASE_URL'];
if (!serverUrl) throw new Error('DATABASE_URL must be set (eval "$(scripts/services.sh start)")');

/** `GatewayIntentBits.Guilds`. */
const GUILDS_INTENT = 1;

const noJobs: JobQueue = { async schedule() {}, scheduleMany: async () => ({ added: 0 }), async cancel() {} };

/** Dispatches `/me` from the users in turn, one at a time, and returns each first response's latency (ms). */
async function measure(fake: FakeDiscord, users: readonly FakeDiscordUser[], runs: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const interaction = fake.dispatchInteraction({
      kind: 'command',
      user: users[i % users.length] as FakeDiscordUser,
      name: 'me',
    });
    const response = await fake.waitForResponse(interaction, 10_000);
    latencies.push(response.at - interaction.dispatchedAt);
    // Interactions arrive spaced out, as people type: about 20 a second.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies;
}

async function bareBaseline(runs: number): Promise<number[]> {
  const fake = await FakeDiscord.start();
  const client = new Client({ intents: [GUILDS_INTENT], rest: { api: fake.url } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isRepliable()) void interaction.reply({ content: 'ok', flags: 64 }).catch(() => undefined);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  try {
    const users = Array.from({ length: USERS }, (_, i) => fake.newUser(`bare${i}`));
    await measure(fake, users, 10);
    return await measure(fake, users, runs);
  } finally {
    await client.destroy();
    await fake.close();
  }
}

async function main(): Promise<void> {
  const report = createReport('discord-interaction', { smoke });
  const log = (line: string) => console.log(`[discord-interaction] ${line}`);
  const baseline = await bareBaseline(RUNS);
  log(`bare discord.js: p99 ${percentile(baseline, 99).toFixed(1)} ms`);

  const club = await seedPostgres({
    serverUrl: serverUrl as string,
    members: MEMBERS,
    prefix: 'snowball_bench_interaction',
  });
  const fake = await FakeDiscord.start();
  let bot: Awaited<ReturnType<typeof startDiscordBot>> | null = null;
  let searching = true;
  try {
    log(`seeded ${MEMBERS} members in ${(club.seedMs / 1000).toFixed(1)} s`);
    const repos = createDrizzleRepositories(club.handle.db);
    const core = createCore({
      ...repos,
      clock: systemClock,
      ids: randomIds,
      messenger: new RecordingMessenger(),
      roleSync: new RecordingRoleSync(),
      jobs: noJobs,
    });
    await repos.communities.attachWorkspace(club.communityId, 'discord', fake.guild.id);
    // Ten seeded members get a Discord account on the fake's guild and an active membership.
    const now = new Date();
    const users: FakeDiscordUser[] = [];
    for (let i = 0; i < USERS + 1; i++) {
      const user = fake.newUser(`member${i}`);
      const memberId = club.memberIds[1 + i * 7] as string;
      await repos.accounts.link({
        communityId: club.communityId,
        platform: 'discord',
        workspaceId: fake.guild.id,
        platformUserId: user.id,
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
      users.push(user);
    }
    const searcher = users.pop() as FakeDiscordUser;
    bot = await startDiscordBot({
      token: fake.token,
      applicationId: fake.applicationId,
      guildIds: [fake.guild.id],
      apiUrl: fake.url,
      dispatcher: createDispatcher({ core, commands: catalogue }),
    });
    await measure(fake, users, 10);

    // `/find` back to back beside the measured interactions, each waiting for its final answer.
    const findMs: number[] = [];
    const words = ['logistics', '跨境 电商', 'software pricing', 'factory sourcing', 'marketing'];
    const searches = (async () => {
      for (let i = 0; searching; i++) {
        const started = performance.now();
        const interaction = fake.dispatchInteraction({
          kind: 'command',
          user: searcher,
          name: 'find',
          options: { words: words[i % words.length] as string },
        });
        await fake.waitForResponse(interaction, 10_000).catch(() => undefined);
        findMs.push(performance.now() - started);
      }
    })();
    const ours = await measure(fake, users, RUNS);
    searching = false;
    await searches;

    const p99 = percentile(ours, 99);
    report.add({
      measure: 'first response p99 with /find beside',
      size: MEMBERS,
      ours: p99,
      baseline: percentile(baseline, 99),
      targets: [{ text: `p99 < ${P99_LIMIT_MS} ms`, ok: p99 < P99_LIMIT_MS }],
    });
    report.add({
      measure: 'first response p50 with /find beside',
      size: MEMBERS,
      ours: percentile(ours, 50),
      baseline: percentile(baseline, 50),
    });
    report.add({ measure: '/find first response p50 (beside)', size: MEMBERS, ours: percentile(findMs, 50) });
    report.note(
      `${RUNS} /me interactions, ${findMs.length} /find interactions beside them; longest /me ${Math.max(...ours).toFixed(0)} ms`,
    );
    await report.finish();
  } finally {
    searching = false;
    await bot?.stop();
    await fake.close();
    await club.drop();
  }
}

await main();
