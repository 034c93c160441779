import { randomUUID } from 'node:crypto';
import type { PlatformAccount } from '@snowball/core';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { drainInbox, inboxKey, SimulatorMessenger } from './simulator-messenger.js';

const redis = new Redis(process.env.REDIS_URL as string);
const workerRedis = new Redis(process.env.REDIS_URL as string);
afterAll(async () => {
  await redis.quit();
  await workerRedis.quit();
});

const prefix = `test${randomUUID().slice(0, 8)}`;

describe('simulator inbox on real Redis', () => {
  it('hands DMs to the chat session in order, once, across processes sharing Redis', async () => {
    const communityId = randomUUID();
    const account: PlatformAccount = {
      communityId,
      platform: 'simulator',
      workspaceId: 'demo',
      platformUserId: 'ada@example.com',
      memberId: randomUUID(),
      linkedAt: new Date(),
    };
    // The worker's process sends; the chat's process drains (two connections stand in for the two processes).
    const worker = new SimulatorMessenger(workerRedis, prefix);
    await worker.send(account, { title: '课程提醒', text: 'Lesson in 1 hour' });
    await worker.send(account, { text: 'Your question was answered' });
    const other = { ...account, platformUserId: 'bob@example.com' };
    await worker.send(other, { text: 'not for Ada' });

    const first = await drainInbox(redis, prefix, communityId, 'ada@example.com');
    expect(first.map((m) => m.text)).toEqual(['Lesson in 1 hour', 'Your question was answered']);
    expect(first[0]?.title).toBe('课程提醒');
    expect(await drainInbox(redis, prefix, communityId, 'ada@example.com')).toEqual([]);
    expect((await drainInbox(redis, prefix, communityId, 'bob@example.com')).map((m) => m.text)).toEqual([
      'not for Ada',
    ]);
    expect(await redis.ttl(inboxKey(prefix, communityId, 'ada@example.com'))).toBe(-2);
  });

  it('keeps inboxes under the deployment prefix, with no e-mail address in a key name', async () => {
    const communityId = randomUUID();
    const account: PlatformAccount = {
      communityId,
      platform: 'simulator',
      workspaceId: 'demo',
      platformUserId: 'carol@example.com',
      memberId: randomUUID(),
      linkedAt: new Date(),
    };
    await new SimulatorMessenger(workerRedis, prefix).send(account, { text: 'hello' });
    const keys = await redis.keys(`*${communityId}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.startsWith(`${prefix}:simulator:inbox:`)).toBe(true);
    expect(keys[0]).not.toContain('carol');
    expect(keys[0]).not.toContain('@');
    expect((await drainInbox(redis, prefix, communityId, 'carol@example.com')).map((m) => m.text)).toEqual(['hello']);
  });
});
