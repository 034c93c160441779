import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Member } from '@snowball/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorkerChild, type WorkerChild } from './testing/worker-child.js';
import {
  addTestMember,
  createTestClub,
  deletePrefixKeys,
  nightTimezone,
  openTestDatabase,
  redisUrl,
  type TestDatabase,
  testCore,
  testPorts,
  uniquePrefix,
  until,
} from './testing/worker-test-kit.js';

const MEMBERS = 500;
const HANG_AFTER = 150;
const MINUTE = 60_000;

describe('kill -9 of the worker in the middle of a 500-member fan-out', () => {
  const url = redisUrl();
  const prefix = uniquePrefix('kill');
  const dir = mkdtempSync(join(tmpdir(), 'snowball-kill-'));
  const sendsFile = join(dir, 'sends.txt');
  const hangFile = join(dir, 'hung');
  const children: WorkerChild[] = [];
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(async () => {
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    await db?.close();
    await deletePrefixKeys(url, prefix);
    rmSync(dir, { recursive: true, force: true });
  });

  function sends(): string[] {
    return existsSync(sendsFile) ? readFileSync(sendsFile, 'utf8').split('\n').filter(Boolean) : [];
  }

  async function deliveries(): Promise<Record<string, number>> {
    if (db.handle.kind !== 'postgres') throw new Error('needs PostgreSQL');
    const rows = await db.handle.client<{ status: string; n: number }[]>`
      select status, count(*)::int as n from deliveries where kind = 'lesson.reminder' group by status`;
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  function start(extra: Record<string, string> = {}): WorkerChild {
    const child = spawnWorkerChild({
      DATABASE_URL: db.url,
      REDIS_URL: url,
      WORKER_PREFIX: prefix,
      SENDS_FILE: sendsFile,
      SEND_DELAY_MS: '5',
      ...extra,
    });
    children.push(child);
    return child;
  }

  it('gives every member exactly one reminder after a restart', async () => {
    const core = testCore(testPorts(db.repos));
    const { community, ownerId } = await createTestClub(core, 'fan-out', {
      lessonReminderLeadMinutes: [5],
      // Only reminders are sent and counted: no onboarding welcomes, whatever the hour (see nightTimezone).
      timezone: nightTimezone(),
    });
    const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
    const lesson = await core.scheduleLesson({
      actor: owner,
      communityId: community.id,
      title: 'Quarterly planning',
      startsAt: new Date(Date.now() + 60 * MINUTE),
      durationMinutes: 90,
    });
    const members: Member[] = await db.repos.uow.run(async (repos) => {
      const added: Member[] = [];
      for (let i = 0; i < MEMBERS; i += 1) {
        const member = await addTestMember(repos, community.id, { name: `Member ${i}` });
        await repos.lessons.upsertRsvp({
          communityId: community.id,
          lessonId: lesson.id,
          memberId: member.id,
          status: 'going',
          attended: null,
          createdAt: new Date(),
        });
        added.push(member);
      }
      return added;
    });
    // The 5-minute instant is now: the worker's start-up reconcile queues all 500 reminders to run at once.
    await db.repos.lessons.update({ ...lesson, startsAt: new Date(Date.now() + 5 * MINUTE) });

    const first = start({ HANG_AFTER: String(HANG_AFTER), HANG_FILE: hangFile });
    await first.ready;
    await until(
      async () => existsSync(hangFile) && sends().length === HANG_AFTER && (await deliveries()).sent === HANG_AFTER,
      60_000,
      () => ({ sends: sends().length, stderr: first.stderr.join('') }),
    );
    // Let the other in-flight jobs claim their delivery and hang in the platform call too.
    await until(async () => ((await deliveries()).pending ?? 0) >= 5, 10_000);
    first.process.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const atKill = await deliveries();
    expect(atKill.sent).toBe(HANG_AFTER);
    expect(atKill.pending ?? 0).toBeGreaterThanOrEqual(5);
    expect(sends()).toHaveLength(HANG_AFTER);

    const second = start();
    await second.ready;
    // The deliveries the killed worker held are taken over once their one-minute hold lapses (core
    // DELIVERY_HOLD_MS), by the jobs' retries.
    await until(
      async () => (await deliveries()).sent === MEMBERS,
      180_000,
      async () => ({ sends: sends().length, stderr: second.stderr.join('') }),
    );
    const lines = sends();
    expect(lines).toHaveLength(MEMBERS);
    expect(new Set(lines).size).toBe(MEMBERS);
    expect([...lines].sort()).toEqual(members.map((m) => m.id).sort());
    expect(await deliveries()).toEqual({ sent: MEMBERS });

    // SIGTERM is a graceful stop: the worker finishes and exits 0.
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(sends()).toHaveLength(MEMBERS);
  }, 300_000);
});
