/**
 * Guarantee: SIGTERM under load loses nothing and duplicates nothing. `snowball start` runs as real processes
 * (the API role, the worker role) on PostgreSQL, Redis and a fake Discord:
 * - the API, hit by a stream of panel requests that each create a lesson, is sent SIGTERM mid-stream: every
 *   request it accepted gets its answer, a request it answered 2xx has written its lesson exactly once, one that
 *   failed to connect wrote nothing, and the process exits 0 within Docker's default grace of 10 s;
 * - the worker, in the middle of sending lesson reminders, is sent SIGTERM: it exits 0 within the grace, and
 *   once a new worker has taken over, every member has exactly one reminder (no job lost, none run twice).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLinkedDiscordMembers } from '../../apps/cli/src/testing/linked-discord-members.js';
import { waitUntil } from '../../apps/cli/src/testing/poll.js';
import {
  freePort,
  type SnowballProcess,
  snowballProcessEnv,
  startSnowballProcess,
} from '../../apps/cli/src/testing/snowball-process.js';
import { JOB_ROUTES } from '../../apps/worker/src/job-list.js';
import { createCore, type Member, randomIds, systemActor, systemClock } from '../../packages/core/src/index.js';
import { RecordingMessenger, RecordingRoleSync } from '../../packages/core/src/testing/index.js';
import {
  createDrizzleRepositories,
  openDatabase,
  type PostgresHandle,
  runMigrations,
} from '../../packages/db/src/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../../packages/db/src/testing/index.js';
import { BullMqJobQueue, producerConnection } from '../../packages/jobs/src/index.js';
import { FakeDiscord, type FakeDiscordUser } from '../../packages/testkit/src/index.js';

/** `docker stop` waits this long after SIGTERM before it kills. */
const GRACE_MS = 10_000;
const MEMBERS = 20;
const DAY = 86_400_000;

/** Sends SIGTERM; answers the exit code and how long the process took to exit. */
async function terminate(role: SnowballProcess): Promise<{ code: number | null; tookMs: number }> {
  const sent = Date.now();
  role.child.kill('SIGTERM');
  const { code, at } = await role.exited;
  return { code, tookMs: at - sent };
}

const until = (check: () => Promise<boolean>, timeoutMs: number, what: string) =>
  waitUntil(check, timeoutMs, what, 100);

describe('SIGTERM under load (real processes)', () => {
  const prefix = `t-sigterm-${randomUUID().slice(0, 8)}`;
  const slug = `sigterm-${randomIds.code().toLowerCase()}`;
  const roles: SnowballProcess[] = [];
  let scratch: ScratchDatabase;
  let handle: PostgresHandle;
  let fake: FakeDiscord;
  let env: Record<string, string>;
  let communityId: string;
  let ownerId: string;
  let lessonId: string;
  let queue: BullMqJobQueue;
  let producer: ReturnType<typeof producerConnection>;
  const people: { member: Member; user: FakeDiscordUser }[] = [];
  /** A one-time login link token for the owner (what `snowball admin invite` prints). */
  let ownerLoginToken: () => Promise<string>;

  const sql = () => handle.client;
  const count = async (query: string, params: unknown[] = []) =>
    Number((await sql().unsafe<{ n: number }[]>(query, params as never[]))[0]?.n ?? 0);

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'snowball_sigterm' });
    handle = (await openDatabase({ url: scratch.url })) as PostgresHandle;
    await runMigrations(handle);
    // Five DMs a second at most: sending the reminders takes a few seconds, so SIGTERM lands mid-way.
    fake = await FakeDiscord.start({ globalRateLimit: 5 });
    producer = producerConnection(process.env.REDIS_URL as string);
    queue = new BullMqJobQueue(producer, prefix, JOB_ROUTES, { logger: { info: () => {}, error: () => {} } });
    const repos = createDrizzleRepositories(handle.db);
    const core = createCore({
      ...repos,
      clock: systemClock,
      ids: randomIds,
      messenger: new RecordingMessenger(),
      roleSync: new RecordingRoleSync(),
      jobs: queue,
    });
    const club = await core.createCommunity({
      slug,
      name: 'Sigterm Club',
      owner: { displayName: 'Olivia Owner', email: `${slug}@example.com` },
      settings: { defaultLocale: 'en' },
    });
    communityId = club.community.id;
    ownerId = club.ownerId;
    await repos.communities.attachWorkspace(communityId, 'discord', fake.guild.id);
    const now = new Date();
    people.push(...(await addLinkedDiscordMembers(repos, communityId, fake, MEMBERS)));
    const owner = { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] } as const;
    // The 1-hour reminders fall due 8 s from now, all at once.
    const lesson = await core.scheduleLesson({
      actor: owner,
      communityId,
      title: 'Pricing and margins',
      startsAt: new Date(now.getTime() + 60 * 60_000 + 8_000),
      durationMinutes: 60,
    });
    lessonId = lesson.id;
    for (const { member } of people) {
      await core.rsvpLesson({
        actor: { kind: 'member', communityId, memberId: member.id, roles: [] },
        communityId,
        lessonId,
      });
    }
    env = snowballProcessEnv({ databaseUrl: scratch.url, queuePrefix: prefix, community: slug, discord: fake });
    ownerLoginToken = async () =>
      (
        await core.issueLoginLink({
          actor: systemActor(communityId, 'test'),
          communityId,
          memberId: ownerId,
          role: 'owner',
        })
      ).token;
  }, 180_000);

  afterAll(async () => {
    for (const role of roles) if (role.child.exitCode === null) role.child.kill('SIGKILL');
    await queue?.close();
    const keys = await producer.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await producer.del(...keys.slice(i, i + 500));
    producer?.disconnect();
    await handle?.close();
    await scratch?.drop();
    await fake?.close();
  });

  it('the API answers every request it accepted, writes each answered one once, and exits 0 in time', async () => {
    const port = await freePort();
    const api = startSnowballProcess('api', { ...env, PORT: String(port) }, /snowball is running/);
    roles.push(api);
    await api.up;
    const base = `http://127.0.0.1:${port}`;
    // The owner signs in the way a person does: a login link, then GET /login.
    const token = await ownerLoginToken();
    const login = await fetch(`${base}/login?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const session = (await (await fetch(`${base}/api/session`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    const headers = { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };

    const tag = randomUUID().slice(0, 8);
    const outcomes: { title: string; status: number | null; error?: string }[] = [];
    let answered = 0;
    const create = async (i: number) => {
      const title = `Load ${tag} ${i}`;
      try {
        const response = await fetch(`${base}/api/lessons`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ title, durationMinutes: 60, startsAt: new Date(Date.now() + 3 * DAY).toISOString() }),
        });
        const body = await response.text();
        answered += 1;
        outcomes.push({ title, status: response.status, ...(response.ok ? {} : { error: body }) });
      } catch (error) {
        outcomes.push({ title, status: null, error: String((error as { cause?: unknown }).cause ?? error) });
      }
    };
    // Twelve clients, each sending one request after another, until well after the process is gone.
    let next = 0;
    let stopAt = 400;
    const client = async () => {
      while (next < stopAt) await create(next++);
    };
    const clients = Array.from({ length: 12 }, client);
    await until(async () => answered >= 40, 60_000, '40 answered requests');
    const { code, tookMs } = await terminate(api);
    stopAt = Math.min(stopAt, next + 24);
    await Promise.all(clients);

    expect(code, api.output.join('').slice(-2000)).toBe(0);
    expect(tookMs).toBeLessThan(GRACE_MS);
    const ok = outcomes.filter((o) => o.status !== null && o.status >= 200 && o.status < 300);
    const turnedAway = outcomes.filter((o) => o.status === 503);
    const unconnected = outcomes.filter((o) => o.status === null);
    // Every answer is a success or, once shutting down, the translated "temporarily unavailable" (never a 500).
    expect(outcomes.filter((o) => o.status !== null && !ok.includes(o) && o.status !== 503)).toEqual([]);
    for (const o of turnedAway)
      expect(JSON.parse(o.error ?? '{}').error).toMatchObject({ code: 'service.unavailable' });
    expect(ok.length).toBeGreaterThanOrEqual(40);
    // Requests kept coming after SIGTERM: refused at the door (no listener any more) or turned away with a 503.
    expect(turnedAway.length + unconnected.length).toBeGreaterThan(0);
    // Each answered request wrote its lesson once; an unanswered one wrote nothing.
    const written = await sql().unsafe<{ title: string; n: number }[]>(
      'select title, count(*)::int as n from lessons where community_id = $1 and title like $2 group by title',
      [communityId, `Load ${tag} %`],
    );
    const byTitle = new Map(written.map((r) => [r.title, r.n]));
    expect(ok.filter((o) => byTitle.get(o.title) !== 1).map((o) => o.title)).toEqual([]);
    expect([...turnedAway, ...unconnected].filter((o) => byTitle.has(o.title)).map((o) => o.title)).toEqual([]);
    expect(written.length).toBe(ok.length);
  }, 120_000);

  it('the worker stops mid-way through reminders, exits 0 in time, and a new one sends the rest exactly once', async () => {
    const sent = () =>
      count(`select count(*)::int as n from deliveries where key like 'lesson-reminder:%' and status = 'sent'`);
    const first = startSnowballProcess('worker', { ...env, PORT: '0' }, /worker started/);
    roles.push(first);
    await first.up;
    await until(async () => (await sent()) >= 2, 60_000, 'the first reminders');
    const { code, tookMs } = await terminate(first);
    expect(code, first.output.join('').slice(-2000)).toBe(0);
    expect(tookMs).toBeLessThan(GRACE_MS);
    const afterFirst = await sent();
    expect(afterFirst).toBeGreaterThanOrEqual(2);

    const second = startSnowballProcess('worker', { ...env, PORT: '0' }, /worker started/);
    roles.push(second);
    await second.up;
    await until(async () => (await sent()) >= MEMBERS, 90_000, `${MEMBERS} reminders`);
    // Give a duplicate, if any, time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const stopped = await terminate(second);
    expect(stopped.code).toBe(0);

    expect(await sent()).toBe(MEMBERS);
    const dms = fake.callsTo('createMessage', (c) => c.status === 200).map((c) => String(c.params.channelId));
    const perMember = people.map(({ user }) => dms.filter((channel) => channel === fake.dmChannelOf(user.id)).length);
    expect(perMember).toEqual(people.map(() => 1));
  }, 180_000);
});
