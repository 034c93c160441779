/**
 * Guarantee: Redis holds no personal data. Jobs carry ids only, so a member's name, handle, e-mail and platform
 * ids appear in no Redis key and no value, before or after their erasure, while their reminders, renewal
 * notices and the pending erasure itself are queued in Redis. The one exception is chat moderation's window of
 * each author's recent messages (their words under their platform id, for the flooding rules, expiring within
 * minutes): the erasure forgets it at once, so after it nothing anywhere names the person.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_ROUTES } from '../../apps/worker/src/job-list.js';
import type { ChatModerator } from '../../packages/core/src/ports/chat-moderator.js';
import { createClubFixture, createTestPorts, type TestPorts } from '../../packages/core/src/testing/index.js';
import { enforceChatModeration } from '../../packages/core/src/use-cases/enforce-chat-moderation.js';
import { createDrizzleRepositories, openDatabase, runMigrations } from '../../packages/db/src/index.js';
import type { DatabaseHandle } from '../../packages/db/src/open-database.js';
import { createScratchDatabase, type ScratchDatabase } from '../../packages/db/src/testing/index.js';
import { BullMqJobQueue, producerConnection } from '../../packages/jobs/src/index.js';
import { createTextClassifier } from '../../packages/moderation/src/index.js';
import { RedisRecentMessageStore } from '../../packages/rate-limit/src/index.js';

type Connection = ReturnType<typeof producerConnection>;

let scratch: ScratchDatabase;
let handle: DatabaseHandle;
let redis: Connection;
let queue: BullMqJobQueue;
let ports: TestPorts;
const prefix = `t-pii-${randomUUID().slice(0, 8)}`;

/** Every key under the prefix with everything stored in it, as one lowercased text per key. */
async function redisContents(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', '500');
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      let value: unknown = null;
      if (type === 'string') value = await redis.get(key);
      else if (type === 'hash') value = await redis.hgetall(key);
      else if (type === 'list') value = await redis.lrange(key, 0, -1);
      else if (type === 'set') value = await redis.smembers(key);
      else if (type === 'zset') value = await redis.zrange(key, '0', '-1');
      else if (type === 'stream') value = await redis.xrange(key, '-', '+');
      out.set(key, `${key}\n${JSON.stringify(value)}`.toLowerCase());
    }
  } while (cursor !== '0');
  return out;
}

function leaks(contents: Map<string, string>, needles: readonly string[]): string[] {
  return [...contents.entries()].flatMap(([key, text]) =>
    needles.filter((n) => text.includes(n.toLowerCase())).map((n) => `${key} contains ${n}`),
  );
}

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'snowball_pii' });
  handle = await openDatabase({ url: scratch.url });
  await runMigrations(handle);
  redis = producerConnection(process.env.REDIS_URL as string);
  queue = new BullMqJobQueue(redis, prefix, JOB_ROUTES, {
    logger: { info: () => {}, error: () => {} },
  });
  // The fixture uses only the JobQueue port of `jobs`; here it is the real BullMQ queue on Redis, and chat
  // moderation's recent messages are in Redis as in production.
  ports = {
    ...createTestPorts(createDrizzleRepositories(handle.db)),
    jobs: queue,
    recentMessages: new RedisRecentMessageStore(redis, { prefix }),
  } as unknown as TestPorts;
});

afterAll(async () => {
  await queue?.close();
  redis?.disconnect();
  await handle?.close();
  await scratch?.drop();
});

describe('Redis holds no personal data', () => {
  it('not in job ids, payloads or any key but the moderation window, which the erasure clears', async () => {
    const club = await createClubFixture({ ports });
    const zed = await club.addMember({ name: 'Zephyrine Quixote', platforms: ['discord', 'slack'] });
    const member = await ports.members.get(club.communityId, zed.memberId);
    const accounts = await ports.accounts.listForMember(club.communityId, zed.memberId);
    const needles = [
      'Zephyrine',
      'Quixote',
      member?.handle ?? '',
      member?.email ?? '',
      ...accounts.map((a) => a.platformUserId),
    ].filter((n) => n.length >= 3);
    expect(needles.length).toBeGreaterThanOrEqual(5);

    const lesson = await club.core.scheduleLesson({
      actor: club.owner,
      communityId: club.communityId,
      title: 'Customs 101',
      startsAt: new Date(ports.clock.now().getTime() + 3 * 86_400_000),
      durationMinutes: 60,
    });
    await club.core.rsvpLesson({ actor: zed, communityId: club.communityId, lessonId: lesson.id });
    await club.core.scheduleLessonReminders({ communityId: club.communityId });
    await club.core.scheduleRenewalNotices({ communityId: club.communityId });
    const request = await club.core.requestErasure({
      actor: zed,
      communityId: club.communityId,
      memberId: zed.memberId,
    });
    expect(request.status).toBe('pending');

    // Zed chats in the club's channels on both platforms: moderation keeps their recent words in Redis.
    await club.ports.communities.attachWorkspace(club.communityId, 'discord', 'guild-1');
    await club.ports.communities.attachWorkspace(club.communityId, 'slack', 'T1');
    const chat: ChatModerator = {
      deleteMessage: async () => 'removed',
      timeout: async () => false,
      post: async () => undefined,
    };
    const moderation = { ...ports, classifier: createTextClassifier(), chat, recentMessages: ports.recentMessages };
    for (const [i, account] of accounts.entries()) {
      const result = await enforceChatModeration(moderation, {
        platform: account.platform,
        workspaceId: account.workspaceId,
        channelId: 'general',
        messageId: `chat-${i}`,
        authorId: account.platformUserId,
        content: `Zephyrine Quixote here, shipping to Lagos next week (${i})`,
        at: ports.clock.now(),
      });
      expect(result.action).toBe('allow');
    }

    const before = await redisContents();
    // The jobs are really there, under ids; the scan below would see any personal data they carried.
    expect([...before.keys()].some((k) => k.includes(request.id))).toBe(true);
    expect(before.size).toBeGreaterThan(3);
    // Only moderation's windows name them: one key per linked account, and the channels' windows (a case's context).
    const windows = [...before.keys()].filter((k) => k.startsWith(`${prefix}:recent-chat:`));
    expect(windows.length).toBeGreaterThanOrEqual(accounts.length);
    expect(leaks(before, needles).every((l) => l.startsWith(`${prefix}:recent-chat:`))).toBe(true);
    expect(leaks(before, ['Zephyrine']).length).toBeGreaterThanOrEqual(accounts.length);

    ports.clock.advance(25 * 3_600_000);
    expect(await club.core.carryOutErasure({ communityId: club.communityId, requestId: request.id })).toBe('erased');
    expect(leaks(await redisContents(), needles)).toEqual([]);
  });
});
