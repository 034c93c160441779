import { actionId, createCore, type JobQueue, type Member, randomIds, systemClock } from '@snowball/core';
import { RecordingMessenger, RecordingRoleSync } from '@snowball/core/testing';
import { createDrizzleRepositories, type DatabaseHandle, openDatabase, runMigrations } from '@snowball/db';
import { createScratchDatabase } from '@snowball/db/testing';
import { FakeDiscord, type FakeDiscordUser } from '@snowball/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLinkedDiscordMembers } from '../testing/linked-discord-members.js';
import { waitUntil } from '../testing/poll.js';
import {
  freePort,
  type SnowballProcess,
  snowballProcessEnv,
  startSnowballProcess,
} from '../testing/snowball-process.js';

const MEMBERS = 30;
const DAY = 86_400_000;

const noJobs: JobQueue = { async schedule() {}, scheduleMany: async () => ({ added: 0 }), async cancel() {} };

// Two API processes and two workers on one PostgreSQL and one Redis, talking to a fake Discord that enforces
// the global limit: members press "RSVP" on either API (some twice, on both), the APIs queue the reminders,
// either worker sends them. Every member gets exactly one reminder; no job is lost, none runs twice, no 429.
describe('two API processes and two workers on one database and queue', () => {
  const prefix = `scale-${process.pid}-${Date.now()}`;
  const slug = `scale-${randomIds.code().toLowerCase()}`;
  const roles: SnowballProcess[] = [];
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let handle: DatabaseHandle;
  let fake: FakeDiscord;
  let lessonId: string;
  const people: { member: Member; user: FakeDiscordUser }[] = [];
  const apiPorts: number[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env['DATABASE_URL'] as string);
    handle = await openDatabase({ url: scratch.url });
    await runMigrations(handle);
    fake = await FakeDiscord.start({ globalRateLimit: 50 });

    // The club, its members (linked to users the fake Discord knows) and a lesson.
    const repos = createDrizzleRepositories(handle.db);
    const core = createCore({
      ...repos,
      clock: systemClock,
      ids: randomIds,
      messenger: new RecordingMessenger(),
      roleSync: new RecordingRoleSync(),
      jobs: noJobs,
    });
    const { community, ownerId } = await core.createCommunity({
      slug,
      name: 'Scale Club',
      owner: { displayName: 'Olivia Owner' },
      settings: { defaultLocale: 'en' },
    });
    await repos.communities.attachWorkspace(community.id, 'discord', fake.guild.id);
    const now = new Date();
    people.push(...(await addLinkedDiscordMembers(repos, community.id, fake, MEMBERS)));
    const lesson = await core.scheduleLesson({
      actor: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
      communityId: community.id,
      title: 'Pricing and margins',
      startsAt: new Date(now.getTime() + DAY),
      durationMinutes: 60,
      capacity: null,
      location: 'https://meet.example.com/pricing',
      hostMemberId: ownerId,
    });
    lessonId = lesson.id;

    const env = snowballProcessEnv({ databaseUrl: scratch.url, queuePrefix: prefix, community: slug, discord: fake });
    for (const port of [await freePort(), await freePort()]) {
      apiPorts.push(port);
      roles.push(startSnowballProcess('api', { ...env, PORT: String(port) }, /snowball is running/));
    }
    for (let i = 0; i < 2; i++) roles.push(startSnowballProcess('worker', { ...env, PORT: '0' }, /worker started/));
    await Promise.all(roles.map((r) => r.up));
  }, 180_000);

  afterAll(async () => {
    for (const role of roles) if (role.child.exitCode === null) role.child.kill('SIGTERM');
    await Promise.all(roles.map((r) => r.exited));
    const redis = new Redis(process.env['REDIS_URL'] as string);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
    await handle?.close();
    await scratch?.drop();
    await fake?.close();
  });

  it('sends every member exactly one reminder, whichever API took the RSVP and whichever worker ran the job', async () => {
    const press = (user: FakeDiscordUser, port: number) =>
      fake.deliverHttpInteraction(
        { kind: 'button', user, customId: actionId('lessons', 'rsvp', lessonId) },
        async ({ rawBody, headers }) => {
          const response = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
            method: 'POST',
            headers,
            body: rawBody,
          });
          return { status: response.status, body: await response.json() };
        },
      );
    const sql = handle.kind === 'postgres' ? handle.client : null;
    if (!sql) throw new Error('expected PostgreSQL');
    // The lesson starts in an hour and 15 seconds: each RSVP plans its 1-hour reminder 15 seconds ahead.
    const startsAt = new Date(Date.now() + 60 * 60_000 + 15_000).toISOString();
    await sql`update lessons set starts_at = ${startsAt}::timestamptz where id = ${lessonId}`;
    // Every member on alternating APIs; a third of them press again on the other API at the same time.
    const presses = people.flatMap(({ user }, i) => {
      const first = press(user, apiPorts[i % 2] as number);
      return i % 3 === 0 ? [first, press(user, apiPorts[(i + 1) % 2] as number)] : [first];
    });
    const answers = await Promise.all(presses);
    for (const answer of answers) expect(answer.status).toBe(200);

    const sent = async () =>
      Number(
        (
          (await sql`select count(*)::int as n from deliveries where key like 'lesson-reminder:%' and status = 'sent'`) as unknown as {
            n: number;
          }[]
        )[0]?.n ?? 0,
      );
    try {
      await waitUntil(async () => (await sent()) >= MEMBERS, 90_000, `${MEMBERS} reminders`);
    } catch (error) {
      // Say what the processes said: a start-up or job failure shows there, not here.
      const said = roles.map((r, n) => `--- process ${n}:\n${r.output.join('').slice(-2000)}`).join('\n');
      throw new Error(`${(error as Error).message}; ${await sent()} sent so far\n${said}`);
    }
    // Give a duplicate, if any, time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    expect(await sent()).toBe(MEMBERS);
    const reminders = fake.callsTo('createMessage', (c) => c.status === 200).map((c) => String(c.params.channelId));
    const perUser = people.map(
      ({ user }) => reminders.filter((channel) => channel === fake.dmChannelOf(user.id)).length,
    );
    expect(perUser).toEqual(people.map(() => 1));
    expect(fake.globalLimit?.refused).toBe(0);
    // Each member is going once, however many times and on whichever API they pressed.
    const rsvps =
      (await sql`select count(*)::int as n from rsvps where lesson_id = ${lessonId} and status = 'going'`) as unknown as {
        n: number;
      }[];
    expect(rsvps[0]?.n).toBe(MEMBERS);
  }, 150_000);
});
