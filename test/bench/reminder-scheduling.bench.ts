/**
 * Benchmark: scheduling the reminders of a lesson with 10,000 going RSVPs, on real PostgreSQL and Redis — ours
 * is `core.scheduleLessonReminders` (what an RSVP change and every reconcile run: one query for every going
 * RSVP with the member's reminder settings, the planning rules, one bulk existence check and `addBulk` per
 * 1,000 jobs) — against a baseline measured in the same run: one hand-written SQL query and `addBulk`, with
 * no rules and no existence check. A second row measures a reconcile that finds every job already queued
 * (ours re-adds nothing; the baseline would add them all again, which BullMQ ignores one script call each).
 *
 *   node --import tsx test/bench/reminder-scheduling.bench.ts              # 10,000 RSVPs
 *   node --import tsx test/bench/reminder-scheduling.bench.ts --rsvps 2000
 *   node --import tsx test/bench/reminder-scheduling.bench.ts --smoke      # 200 RSVPs, no targets enforced
 *
 * Needs DATABASE_URL and REDIS_URL (`eval "$(scripts/services.sh start)"`). Target (issue 11): ours <= 1.5x
 * the baseline (median of the runs, each on a fresh queue prefix so every run adds every job).
 */
import { randomUUID } from 'node:crypto';
import { JOB_ROUTES } from '../../apps/worker/src/index.js';
import {
  createCore,
  keyInstant,
  LESSON_REMINDER_JOB,
  type Messenger,
  type Ports,
  type RoleSync,
  randomIds,
  systemClock,
} from '../../packages/core/src/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import { BullMqJobQueue, bullJobId, producerConnection } from '../../packages/jobs/src/index.js';
import { createReport, percentile } from './support/report.js';
import { seedPostgres } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
const MAX_RATIO = 1.5;
const HOUR = 3_600_000;

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (eval "$(scripts/services.sh start)")`);
  return value;
}

const RSVPS = Number.parseInt(argValue('--rsvps') ?? (smoke ? '200' : '10000'), 10);
const RUNS = smoke ? 2 : 5;
const noMessenger: Messenger = { async send() {} };
const noRoles: RoleSync = { async grant() {}, async revoke() {} };

async function main(): Promise<void> {
  const serverUrl = required('DATABASE_URL');
  const redisUrl = required('REDIS_URL');
  const club = await seedPostgres({ serverUrl, members: RSVPS, log: (line) => console.log(`  seed: ${line}`) });
  const redis = producerConnection(redisUrl);
  const queues: BullMqJobQueue[] = [];
  const queueOn = (prefix: string) => {
    const queue = new BullMqJobQueue(redis, prefix, JOB_ROUTES);
    queues.push(queue);
    return queue;
  };
  const report = createReport('reminder-scheduling', { smoke });
  try {
    const repos = createDrizzleRepositories(club.handle.db);
    const ports = (jobs: BullMqJobQueue): Ports => ({
      ...repos,
      clock: systemClock,
      ids: randomIds,
      messenger: noMessenger,
      roleSync: noRoles,
      jobs,
    });
    const owner = { kind: 'member', communityId: club.communityId, memberId: club.ownerId, roles: ['owner'] } as const;
    // Both default reminders (24 h and 1 h before) fall within the 48-hour horizon.
    const lesson = await createCore(ports(queueOn(`bench-rs-setup-${randomUUID().slice(0, 8)}`))).scheduleLesson({
      actor: owner,
      communityId: club.communityId,
      title: 'Negotiation 谈判',
      startsAt: new Date(Date.now() + 30 * HOUR),
      durationMinutes: 60,
    });
    const sql = club.handle.client;
    await sql`
      insert into rsvps (community_id, lesson_id, member_id, status, attended, created_at)
      select community_id, ${lesson.id}, id, 'going', null, now() - interval '1 day'
      from members where community_id = ${club.communityId} and deleted_at is null
      limit ${RSVPS}`;

    const ours = async (jobs: BullMqJobQueue) => {
      const result = await createCore(ports(jobs)).scheduleLessonReminders({ communityId: club.communityId });
      return result.scheduled.length;
    };
    // The baseline: one query, ids and delays computed inline, addBulk per 1,000.
    const baseline = async (jobs: BullMqJobQueue) => {
      const rows = await sql<{ member_id: string; lead: number | null }[]>`
        select r.member_id, m.reminder_lead_minutes as lead
        from rsvps r join members m on m.community_id = r.community_id and m.id = r.member_id
        where r.community_id = ${club.communityId} and r.lesson_id = ${lesson.id} and r.status = 'going'
          and m.deleted_at is null and not m.reminders_muted`;
      const start = lesson.startsAt.getTime();
      const now = Date.now();
      const all = rows.flatMap((r) =>
        (r.lead !== null ? [r.lead] : [24 * 60, 60]).map((lead) => {
          const key = `lesson-reminder:${lesson.id}:${r.member_id}:${lead}:${keyInstant(lesson.startsAt)}`;
          return {
            name: LESSON_REMINDER_JOB,
            data: { communityId: club.communityId, key },
            opts: { jobId: bullJobId(key), delay: Math.max(0, start - lead * 60_000 - now), attempts: 8 },
          };
        }),
      );
      for (let i = 0; i < all.length; i += 1_000) await jobs.queue('notify').addBulk(all.slice(i, i + 1_000));
      return all.length;
    };

    const timed = async (fn: () => Promise<number>) => {
      const t0 = performance.now();
      const count = await fn();
      return { ms: performance.now() - t0, count };
    };
    const oursMs: number[] = [];
    const baseMs: number[] = [];
    const againMs: number[] = [];
    const baseAgainMs: number[] = [];
    let counts = { ours: 0, baseline: 0 };
    // One unmeasured run of each (connections, code paths).
    for (const [fn, name] of [
      [ours, 'ours'],
      [baseline, 'base'],
    ] as const) {
      const q = queueOn(`bench-rs-warm-${name}-${randomUUID().slice(0, 8)}`);
      await fn(q);
      await q.queue('notify').obliterate({ force: true });
    }
    for (let run = 0; run < RUNS; run++) {
      const mine = queueOn(`bench-rs-ours-${randomUUID().slice(0, 8)}`);
      const theirs = queueOn(`bench-rs-base-${randomUUID().slice(0, 8)}`);
      // Alternate the order so neither side always runs on a warmer cache.
      const pair =
        run % 2 === 0
          ? [await timed(() => ours(mine)), await timed(() => baseline(theirs))]
          : [await timed(() => baseline(theirs)), await timed(() => ours(mine))].reverse();
      const [o, b] = pair as [{ ms: number; count: number }, { ms: number; count: number }];
      counts = { ours: o.count, baseline: b.count };
      oursMs.push(o.ms);
      baseMs.push(b.ms);
      againMs.push((await timed(() => ours(mine))).ms);
      baseAgainMs.push((await timed(() => baseline(theirs))).ms);
      const queued = await mine.queue('notify').getDelayedCount();
      if (queued !== o.count) throw new Error(`ours queued ${queued} of ${o.count} reminders`);
      for (const q of [mine, theirs]) await q.queue('notify').obliterate({ force: true });
    }
    if (counts.ours !== counts.baseline)
      throw new Error(`ours planned ${counts.ours}, the baseline ${counts.baseline}`);
    const median = (xs: number[]) => percentile(xs, 50);
    report.add({
      measure: `schedule ${counts.ours} reminders (ms)`,
      size: RSVPS,
      ours: median(oursMs),
      baseline: median(baseMs),
      targets: [{ text: `<= ${MAX_RATIO}x one SQL + addBulk`, ok: median(oursMs) <= MAX_RATIO * median(baseMs) }],
    });
    report.add({
      measure: 'reconcile, all queued (ms)',
      size: RSVPS,
      ours: median(againMs),
      baseline: median(baseAgainMs),
      targets: [{ text: `<= ${MAX_RATIO}x one SQL + addBulk`, ok: median(againMs) <= MAX_RATIO * median(baseAgainMs) }],
    });
    report.note(`median of ${RUNS} runs, each on fresh queue prefixes; ${counts.ours} reminders for ${RSVPS} RSVPs`);
    report.note(
      'ours: core.scheduleLessonReminders; baseline: one SQL query and addBulk per 1,000, no rules, no existence check',
    );
    await report.finish();
  } finally {
    for (const q of queues) await q.close();
    await redis.quit();
    await club.drop();
  }
}

await main();
