import type { AddressInfo } from 'node:net';
import { buildApiServer } from '@snowball/admin-api';
import { createScratchDatabase } from '@snowball/db/testing';
import { FakeFeishu, feishuCardText, messageReceiveEvent } from '@snowball/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openSystem, type System } from './open-system.js';
import { type Platforms, startPlatforms } from './start-platforms.js';

// Feishu configured through FEISHU_* in a real composition (Postgres, Redis, the API server): the callback
// is mounted at POST /feishu/events, the long connection opens in the bot role, and both paths share the
// Redis dedup set, so an event that arrives both ways is handled once.

const OPEN_ID = 'ou_owner_config';
const cleanups: (() => Promise<unknown>)[] = [];
let fake: FakeFeishu;
let system: System;
let platforms: Platforms;
let callbackUrl: string;

beforeAll(async () => {
  fake = await FakeFeishu.start();
  cleanups.push(() => fake.close());
  fake.addUser({ openId: OPEN_ID, name: 'Olivia' });
  fake.addChat('oc_config_members');
  const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'feishu' });
  cleanups.push(() => scratch.drop());
  const config = loadConfig({
    DATABASE_URL: scratch.url,
    REDIS_URL: process.env.REDIS_URL,
    SNOWBALL_COMMUNITY: 'feishu-club',
    SNOWBALL_QUEUE_PREFIX: `feishu${Date.now()}`,
    FEISHU_APP_ID: fake.appId,
    FEISHU_APP_SECRET: fake.appSecret,
    FEISHU_ENCRYPT_KEY: fake.encryptKey,
    FEISHU_VERIFICATION_TOKEN: fake.verificationToken,
    FEISHU_API_URL: fake.url,
    FEISHU_MEMBER_CHAT_IDS: 'oc_config_members',
  });
  const logger = pino({ level: 'silent' });
  platforms = await startPlatforms(config, { bot: true, logger });
  system = await openSystem(config, { messengers: platforms.messengers, roleSyncs: platforms.roleSyncs });
  cleanups.push(() => system.close());
  const { community, ownerId } = await system.core.createCommunity({
    slug: 'feishu-club',
    name: 'Feishu club',
    owner: { displayName: 'Olivia' },
  });
  await system.ports.accounts.link({
    communityId: community.id,
    platform: 'feishu',
    workspaceId: fake.tenantKey,
    platformUserId: OPEN_ID,
    memberId: ownerId,
    linkedAt: new Date(),
  });
  await platforms.attach(system);
  cleanups.push(() => platforms.stop());
  const app = await buildApiServer({
    core: system.core,
    config: { publicUrl: 'http://127.0.0.1' },
    readiness: () => system.readiness(),
    mount: (server) => platforms.mount(server, system),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanups.unshift(() => app.close());
  callbackUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/feishu/events`;
});

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('Feishu in the composition', () => {
  it('opens the long connection in the bot role', async () => {
    await fake.waitForConnection();
    expect(fake.connected).toBe(true);
  });

  it('answers a signed callback with a card and attaches the tenant to the club', async () => {
    const event = messageReceiveEvent(fake, { openId: OPEN_ID, text: '/me' });
    const response = await fake.postEvent(callbackUrl, event);
    expect(response.status).toBe(200);
    const card = await fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    expect(card.receiveId).toBe(OPEN_ID);
    expect(feishuCardText(card.content)).toMatch(/Your membership|你的会籍/);
    const club = await system.ports.communities.findByWorkspace('feishu', fake.tenantKey);
    expect(club?.slug).toBe('feishu-club');
  });

  it('handles an event once when it arrives by callback and by the long connection (Redis dedup)', async () => {
    const event = messageReceiveEvent(fake, { openId: OPEN_ID, text: '/lessons' });
    expect((await fake.postEvent(callbackUrl, event)).status).toBe(200);
    expect((await fake.pushEvent(event)).code).toBe(200);
    await fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    const sends = fake.calls.filter(
      (c) => c.path === '/open-apis/im/v1/messages' && c.body.uuid === `sb-${event.header.event_id}`,
    );
    expect(sends).toHaveLength(1);
  });

  it('refuses a forged callback', async () => {
    const response = await fake.postEvent(callbackUrl, messageReceiveEvent(fake, { openId: OPEN_ID, text: '/me' }), {
      signature: '0'.repeat(64),
    });
    expect(response.status).toBe(401);
  });
});
