/**
 * Benchmark: a lesson-reminder fan-out of N DMs (default 10,000) to the fake Discord enforcing Discord's global
 * limit of 50 requests/s, through everything production uses: reminder jobs on BullMQ (Redis), two workers
 * standing for two worker processes (each its own Redis connections, REST client and limiter instance),
 * core `sendLessonReminder` on real PostgreSQL (a club bulk-loaded with COPY), `DiscordMessenger` with DM
 * channel ids stored in Postgres, and discord.js' REST paced by the Redis call limiter at 45 calls/s per bot.
 * Every member's DM channel is cold, so each reminder costs two calls (open the DM, send): the worst case.
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL REDIS_URL
 *   node --import tsx test/bench/fan-out-discord.bench.ts                 # 10,000 DMs (~8 minutes)
 *   node --import tsx test/bench/fan-out-discord.bench.ts --dms 2000
 *   node --import tsx test/bench/fan-out-discord.bench.ts --smoke         # 200 DMs, targets not enforced
 *
 * Baseline: the limit itself (50 calls/s). Targets: calls at >= 85% of it, no 429, every reminder delivered
 * exactly once (no lost, no duplicate), and 10,000 reminders within 10 minutes (scaled to N).
 */
import { randomUUID } from 'node:crypto';
import { lessonReminderKey } from '../../packages/core/src/domain/lesson-reminder.js';
import { createCore, randomIds, systemClock } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import {
  createDrizzleRepositories,
  DrizzleDmChannelRepository,
  openDatabase,
  schema,
} from '../../packages/db/src/index.js';
import { createDiscordRest, DiscordMessenger } from '../../packages/discord/src/index.js';
import { Redis } from '../../packages/rate-limit/node_modules/ioredis/built/index.js';
import { MemoryCallLimiter, RedisCallLimiter } from '../../packages/rate-limit/src/index.js';
import { FakeDiscord } from '../../packages/testkit/src/index.js';
import { Queue, Worker } from './support/deps.js';
import { createReport } from './support/report.js';
import { copyRows, seedPostgres } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}
const DMS = argNumber('--dms', smoke ? 200 : 10_000);
const DISCORD_LIMIT = 50;
const WORKERS = 2;
const CONCURRENCY = 40;
const MIN_SHARE = 0.85;
const QUEUE = 'bench-notify';

const serverUrl = process.env['DATABASE_URL'];
const redisUrl = process.env['REDIS_URL'];
if (!serverUrl || !redisUrl)
  throw new Error('DATABASE_URL and REDIS_URL must be set (eval "$(scripts/services.sh start)")');

async function main(): Promise<void> {
  const report = createReport('fan-out-discord', { smoke });
  const log = (line: string) => console.log(`[fan-out-discord] ${line}`);
  // Half the seeded members have a Discord account: seed twice as many as DMs wanted.
  const club = await seedPostgres({
    serverUrl: serverUrl as string,
    members: DMS * 2,
    prefix: 'snowball_bench_fanout',
  });
  const fake = await FakeDiscord.start({ globalRateLimit: DISCORD_LIMIT });
  const prefix = `bench-fanout-${process.pid}-${Date.now()}`;
  const admin = new Redis(redisUrl as string, { maxRetriesPerRequest: null });
  const closers: (() => Promise<unknown>)[] = [];
  try {
    log(`seeded ${club.memberIds.length} members in ${(club.seedMs / 1000).toFixed(1)} s`);
    const db = club.handle.db;
    const now = new Date();
    const startsAt = new Date(now.getTime() + 55 * 60_000);
    const lessonId = randomUUID();
    await db.insert(schema.lessons).values({
      id: lessonId,
      communityId: club.communityId,
      seriesId: null,
      kind: 'lesson',
      title: 'Pricing and margins',
      description: '',
      speakerName: null,
      speakerBio: null,
      startsAt,
      durationMinutes: 90,
      capacity: null,
      location: 'https://meet.example.com/pricing',
      status: 'scheduled',
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: club.ownerId,
      occurrenceStartsAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const discordMembers = (await club.handle.client`
      select member_id from platform_accounts
      where community_id = ${club.communityId} and platform = 'discord'
      order by platform_user_id limit ${DMS}`) as unknown as { member_id: string }[];
    if (discordMembers.length < DMS) throw new Error(`only ${discordMembers.length} Discord accounts seeded`);
    const signedUp = new Date(now.getTime() - 2 * 86_400_000);
    await copyRows(
      club.handle,
      'rsvps',
      ['community_id', 'lesson_id', 'member_id', 'status', 'attended', 'created_at'],
      discordMembers.map((m) => [club.communityId, lessonId, m.member_id, 'going', null, signedUp]),
    );
    // The 1-hour reminder of every member, due now.
    const keys = discordMembers.map((m) => lessonReminderKey(lessonId, m.member_id, 60, startsAt));

    const queue = new Queue(QUEUE, { connection: admin, prefix });
    closers.push(() => queue.close());
    for (let i = 0; i < keys.length; i += 1000) {
      await queue.addBulk(
        keys.slice(i, i + 1000).map((key) => ({
          name: 'lesson.reminder',
          data: { communityId: club.communityId, key },
          opts: {
            jobId: key.replaceAll(':', '~'),
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: false,
          },
        })),
      );
    }
    log(`${keys.length} reminder jobs queued; starting ${WORKERS} workers × concurrency ${CONCURRENCY}`);

    const failures: string[] = [];
    const started = performance.now();
    for (let w = 0; w < WORKERS; w++) {
      const connection = new Redis(redisUrl as string, { maxRetriesPerRequest: null });
      const limiterRedis = new Redis(redisUrl as string, { maxRetriesPerRequest: null });
      closers.push(async () => {
        connection.disconnect();
        limiterRedis.disconnect();
      });
      const limiter = new RedisCallLimiter(limiterRedis, { prefix, fallback: new MemoryCallLimiter() });
      const rest = createDiscordRest({ token: fake.token, apiUrl: fake.url, limiter });
      // Its own connection pool, as a worker process has.
      const own = await openDatabase({ url: club.url, max: 10 });
      closers.push(() => own.close());
      const repos = createDrizzleRepositories(own.db);
      const messenger = new DiscordMessenger(rest, { dmChannels: new DrizzleDmChannelRepository(own.db) });
      const core = createCore({ ...createTestPorts(repos), clock: systemClock, ids: randomIds, messenger });
      const worker = new Worker(
        QUEUE,
        async (job) => {
          const result = await core.sendLessonReminder(job.data as { communityId: string; key: string });
          if (result.status !== 'sent') throw new Error(`reminder ${result.status}: ${result.reason ?? ''}`);
        },
        { connection, prefix, concurrency: CONCURRENCY },
      );
      worker.on('failed', (job, error) => failures.push(`${job?.id}: ${error.message}`));
      closers.push(() => worker.close());
    }

    let last = -1;
    for (;;) {
      const counts = await queue.getJobCounts('completed', 'failed');
      const done = (counts.completed ?? 0) + (counts.failed ?? 0);
      if (done !== last && (done % 1000 < 50 || done === DMS)) log(`${done}/${DMS} jobs finished`);
      last = done;
      if (done >= DMS) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;

    const botCalls = fake.calls.filter((c) => c.route === 'createDm' || c.route === 'createMessage');
    const passed = botCalls.filter((c) => c.status < 400);
    const first = Math.min(...passed.map((c) => c.at));
    const lastAt = Math.max(...passed.map((c) => c.at));
    const callsPerSecond = (passed.length - 1) / ((lastAt - first) / 1000);
    const refused = fake.globalLimit?.refused ?? 0;
    const perChannel = new Map<string, number>();
    for (const c of passed) {
      if (c.route !== 'createMessage') continue;
      const channel = String(c.params.channelId);
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    const duplicates = [...perChannel.values()].reduce((sum, n) => sum + (n - 1), 0);
    const [sentRow] = (await club.handle.client`
      select count(*)::int as sent from deliveries where community_id = ${club.communityId} and status = 'sent'`) as unknown as {
      sent: number;
    }[];
    const lost = DMS - perChannel.size;
    const budgetSeconds = (600 * DMS) / 10_000;

    report.add({
      measure: 'Discord API calls/s at the fake',
      size: DMS,
      ours: callsPerSecond,
      baseline: DISCORD_LIMIT,
      unit: 'calls/s',
      targets: [
        { text: `>= ${MIN_SHARE * 100}% of ${DISCORD_LIMIT}/s`, ok: callsPerSecond >= MIN_SHARE * DISCORD_LIMIT },
      ],
    });
    report.add({
      measure: 'busiest second at the fake',
      size: DMS,
      ours: fake.globalLimit?.busiestSecond() ?? 0,
      baseline: DISCORD_LIMIT,
      unit: 'calls',
      targets: [{ text: `<= ${DISCORD_LIMIT}`, ok: (fake.globalLimit?.busiestSecond() ?? 0) <= DISCORD_LIMIT }],
    });
    report.add({
      measure: '429 answers',
      size: DMS,
      ours: refused,
      unit: 'answers',
      targets: [{ text: '0 × 429', ok: refused === 0 }],
    });
    report.add({
      measure: 'reminders lost',
      size: DMS,
      ours: lost,
      unit: 'DMs',
      targets: [{ text: '0 lost', ok: lost === 0 && sentRow?.sent === DMS && failures.length === 0 }],
    });
    report.add({
      measure: 'reminders sent twice',
      size: DMS,
      ours: duplicates,
      unit: 'DMs',
      targets: [{ text: '0 duplicates', ok: duplicates === 0 }],
    });
    report.add({
      measure: 'delivery time (cold DM channels, 2 calls each)',
      size: DMS,
      ours: seconds,
      baseline: (2 * DMS) / DISCORD_LIMIT,
      unit: 's',
      targets: [{ text: `<= ${budgetSeconds.toFixed(0)} s (10,000 in 10 min)`, ok: seconds <= budgetSeconds }],
    });
    report.note(
      `${passed.length} calls (${botCalls.length - passed.length} refused) over ${seconds.toFixed(1)} s; ` +
        `${WORKERS} workers × concurrency ${CONCURRENCY}, one Redis pace of 45 calls/s per bot; ` +
        `deliveries marked sent: ${sentRow?.sent ?? 0}; job failures: ${failures.length}` +
        (failures.length ? ` (first: ${failures[0]})` : ''),
    );
    await report.finish();
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    const keys = await admin.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await admin.del(...keys.slice(i, i + 1000));
    admin.disconnect();
    await fake.close();
    await club.drop();
  }
}

await main();
