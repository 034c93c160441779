/**
 * Benchmark of a lesson-reminder fan-out through real BullMQ (not a test; needs REDIS_URL, e.g.
 * `eval "$(scripts/services.sh start)"`): 1,000 members signed up for a lesson, their 1,000 reminder jobs put
 * on the notify queue with our producer (`BullMqJobQueue.scheduleMany`) and run by our worker
 * (`startJobWorkers`, concurrency 10, handler = core `sendLessonReminder` on in-memory ports with a no-op
 * messenger) — against a bare BullMQ Worker on the same queue options whose handler does nothing.
 * Both run twice: with the notify rate limiter at production's NOTIFY_RATE (20 sends/s), and with it lifted.
 * Every run uses its own key prefix; every key is deleted at the end.
 *
 *   node --import tsx test/bench/fan-out.bench.ts                 # 1,000 members
 *   node --import tsx test/bench/fan-out.bench.ts --members 200   # shorter (the limited runs take members/20 s)
 *
 * Targets (chosen after measuring on a 2-core machine, Redis on the same cores):
 *   - limiter on: our fan-out runs at >= 90% of the configured ceiling (20 jobs/s) and >= 0.9x the bare
 *     worker's rate — the limiter bounds us, not our code;
 *   - limiter off: our handler keeps >= 0.3x the bare worker's jobs/s (the re-checks, delivery record and
 *     message rendering per reminder), i.e. far above the 20/s the limiter allows.
 */

import { JOB, JOB_ROUTES } from '../../apps/worker/src/index.js';
import { sendLessonReminderJob } from '../../apps/worker/src/jobs/send-lesson-reminder.job.js';
import type { JobRequest } from '../../packages/core/src/index.js';
import { createCore, type Messenger } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import {
  BullMqJobQueue,
  type JobWorkers,
  NOTIFY_RATE,
  QUEUES,
  startJobWorkers,
  workerConnection,
} from '../../packages/jobs/src/index.js';
import { Worker } from './support/deps.js';
import { createChecker, machineLine } from './support/http-load.js';

const CONCURRENCY = 10;
const UNLIMITED = { max: 1_000_000, duration: 1000 } as const;
const MIN_CEILING_SHARE = 0.9;
const MIN_LIMITED_RATIO = 0.9;
const MIN_UNLIMITED_RATIO = 0.3;

function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const MEMBERS = argNumber('--members', 1_000);

/** A messenger that sends nothing: the benchmark measures our job path, not a chat platform. */
class NoopMessenger implements Messenger {
  sent = 0;
  async send(): Promise<void> {
    this.sent += 1;
  }
}

/** A club whose members all signed up for one lesson; returns the reminder jobs due first, one per member. */
async function seedFanOut() {
  const ports = createTestPorts();
  const messenger = new NoopMessenger();
  const core = createCore({ ...ports, messenger });
  const { community, ownerId } = await core.createCommunity({
    slug: 'bench',
    name: 'Bench Club',
    owner: { displayName: 'Olivia Owner' },
  });
  const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
  const lesson = await core.scheduleLesson({
    actor: owner,
    communityId: community.id,
    title: 'Pricing and margins',
    startsAt: new Date(ports.clock.now().getTime() + 14 * 86_400_000),
    durationMinutes: 90,
    capacity: null,
    location: 'https://meet.example.com/pricing',
    hostMemberId: ownerId,
  });
  for (let i = 0; i < MEMBERS; i++) {
    const application = await core.submitApplication({
      communityId: community.id,
      name: `Member ${i}`,
      answers: [],
      valuesPledge: true,
      locale: i % 3 === 0 ? 'zh-CN' : 'en',
      account: { platform: 'discord', workspaceId: 'guild-1', platformUserId: `user-${i}` },
    });
    const approved = await core.approveApplication({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
    });
    await core.recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
      amountMinor: community.settings.fee.amountMinor,
      currency: community.settings.fee.currency,
      method: 'bank_transfer',
      reference: `REF-${i}`,
    });
    const actor = {
      kind: 'member',
      communityId: community.id,
      memberId: approved.memberId as string,
      roles: [],
    } as const;
    await core.rsvpLesson({ actor, communityId: community.id, lessonId: lesson.id });
  }
  await core.scheduleLessonReminders({ communityId: community.id, lessonId: lesson.id, horizonHours: 24 * 30 });
  const all = [...ports.jobs.jobs.values()].filter((j) => j.name === 'lesson.reminder');
  const first = Math.min(...all.map((j) => j.runAt.getTime()));
  const due = all.filter((j) => j.runAt.getTime() === first);
  if (due.length !== MEMBERS) throw new Error(`expected ${MEMBERS} reminders due first, got ${due.length}`);
  // The worker runs at the moment the reminders are due; BullMQ gets them with no delay.
  ports.clock.set(new Date(first));
  const jobs: JobRequest[] = due.map((j) => ({ ...j, runAt: new Date(0) }));
  return { core, messenger, jobs };
}

interface RunResult {
  readonly label: string;
  readonly jobs: number;
  readonly completed: number;
  readonly failed: number;
  readonly addMs: number;
  readonly totalMs: number;
  readonly jobsPerSec: number;
  readonly note: string;
}

async function fanOut(options: {
  readonly label: string;
  readonly ours: boolean;
  readonly limited: boolean;
  readonly prefix: string;
  readonly redisUrl: string;
}): Promise<RunResult> {
  const seeded = await seedFanOut();
  const connection = workerConnection(options.redisUrl);
  const producer = new BullMqJobQueue(connection, options.prefix, JOB_ROUTES);
  const rate = options.limited ? NOTIFY_RATE : UNLIMITED;
  let ourWorkers: JobWorkers | null = null;
  let bareWorker: InstanceType<typeof Worker> | null = null;
  let completed = 0;
  let failed = 0;
  let sentStatus = 0;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  const settled = () => {
    if (completed + failed >= seeded.jobs.length) resolveDone();
  };
  try {
    if (options.ours) {
      ourWorkers = startJobWorkers({
        connection,
        prefix: options.prefix,
        concurrency: { notify: CONCURRENCY },
        notifyRate: rate,
        handlers: new Map([
          [JOB.lessonReminder, (data: unknown) => sendLessonReminderJob.run({ core: seeded.core }, data)],
        ]),
      });
    } else {
      bareWorker = new Worker(QUEUES.notify, async (): Promise<unknown> => undefined, {
        connection,
        prefix: options.prefix,
        concurrency: CONCURRENCY,
        limiter: { ...rate },
      });
    }
    const worker = ourWorkers?.workers[0] ?? bareWorker;
    if (!worker) throw new Error('no worker');
    worker.on('completed', (_job, value: unknown) => {
      completed += 1;
      if ((value as { status?: string } | undefined)?.status === 'sent') sentStatus += 1;
      settled();
    });
    worker.on('failed', () => {
      failed += 1;
      settled();
    });
    await worker.waitUntilReady();

    const started = performance.now();
    await producer.scheduleMany(seeded.jobs);
    const addMs = performance.now() - started;
    const limitMs = 30_000 + (seeded.jobs.length / rate.max) * rate.duration * 2;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      done,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, limitMs);
      }),
    ]);
    clearTimeout(timer);
    const totalMs = performance.now() - started;
    return {
      label: options.label,
      jobs: seeded.jobs.length,
      completed,
      failed,
      addMs,
      totalMs,
      jobsPerSec: (completed / totalMs) * 1000,
      note: options.ours ? `${sentStatus} sent, ${seeded.messenger.sent} messages to the no-op messenger` : '',
    };
  } finally {
    await ourWorkers?.close();
    await bareWorker?.close();
    await producer.close();
    connection.disconnect();
  }
}

/** Deletes every key under the benchmark's prefix. */
async function cleanUp(redisUrl: string, prefix: string): Promise<number> {
  const redis = workerConnection(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

function describe(r: RunResult): string {
  return (
    `${r.label.padEnd(40)} ${r.jobsPerSec.toFixed(1).padStart(8)} jobs/s   ${r.completed}/${r.jobs} done in ` +
    `${(r.totalMs / 1000).toFixed(2)} s (add ${r.addMs.toFixed(0)} ms), ${r.failed} failed${r.note ? `; ${r.note}` : ''}`
  );
}

async function main(): Promise<void> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('REDIS_URL is not set (eval "$(scripts/services.sh start)")');
  const host = new URL(redisUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`refusing a Redis that is not local: ${host}`);
  console.log(machineLine('lesson-reminder fan-out benchmark'));
  console.log(
    `${MEMBERS} reminders, worker concurrency ${CONCURRENCY}, limiter ${NOTIFY_RATE.max} per ${NOTIFY_RATE.duration} ms when on`,
  );
  const prefix = `snowball-bench-${process.pid}-${Date.now()}`;
  const { check, finish } = createChecker();
  try {
    const run = (label: string, ours: boolean, limited: boolean, n: number) =>
      fanOut({ label, ours, limited, prefix: `${prefix}-${n}`, redisUrl });
    const bareOff = await run('bare worker, limiter off', false, false, 1);
    console.log(describe(bareOff));
    const oursOff = await run('ours (sendLessonReminder), limiter off', true, false, 2);
    console.log(describe(oursOff));
    const bareOn = await run('bare worker, limiter 20/s', false, true, 3);
    console.log(describe(bareOn));
    const oursOn = await run('ours (sendLessonReminder), limiter 20/s', true, true, 4);
    console.log(describe(oursOn));

    const offRatio = oursOff.jobsPerSec / bareOff.jobsPerSec;
    const onRatio = oursOn.jobsPerSec / bareOn.jobsPerSec;
    const ceiling = (NOTIFY_RATE.max / NOTIFY_RATE.duration) * 1000;
    console.log(`limiter off: ratio ours/bare = ${offRatio.toFixed(2)}x`);
    console.log(
      `limiter on:  ratio ours/bare = ${onRatio.toFixed(2)}x; ours at ${((oursOn.jobsPerSec / ceiling) * 100).toFixed(0)}% of the ${ceiling}/s ceiling`,
    );
    for (const r of [bareOff, oursOff, bareOn, oursOn]) {
      check(
        r.completed === r.jobs && r.failed === 0,
        `${r.label}: ${r.completed}/${r.jobs} jobs completed, none failed`,
      );
    }
    check(
      oursOff.note.startsWith(`${MEMBERS} sent`) && oursOn.note.startsWith(`${MEMBERS} sent`),
      'ours: every reminder sent once',
    );
    check(
      oursOn.jobsPerSec >= ceiling * MIN_CEILING_SHARE,
      `limiter on: ours ${oursOn.jobsPerSec.toFixed(1)} jobs/s >= ${MIN_CEILING_SHARE * 100}% of ${ceiling}/s`,
    );
    check(onRatio >= MIN_LIMITED_RATIO, `limiter on: ${onRatio.toFixed(2)}x bare >= ${MIN_LIMITED_RATIO}x`);
    check(offRatio >= MIN_UNLIMITED_RATIO, `limiter off: ${offRatio.toFixed(2)}x bare >= ${MIN_UNLIMITED_RATIO}x`);
  } finally {
    console.log(`cleaned up ${await cleanUp(redisUrl, prefix)} Redis keys under ${prefix}*`);
  }
  finish('fan-out benchmark');
}

await main();
