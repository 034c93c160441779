import { randomUUID } from 'node:crypto';
import { FakeDiscord } from '@snowball/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { handleDiscordHttpInteraction } from './handle-discord-http-interaction.js';
import { type InteractionClaims, redisInteractionClaims } from './interaction-claims.js';

let fake: FakeDiscord;
let club: DiscordTestClub;
let redis: Redis;
const background: Promise<void>[] = [];

function endpoint(claims: InteractionClaims) {
  return (request: { rawBody: string; headers: Readonly<Record<string, string>> }) =>
    handleDiscordHttpInteraction({
      publicKey: fake.publicKey,
      rawBody: request.rawBody,
      headers: request.headers,
      dispatcher: club.dispatcher,
      apiUrl: fake.url,
      claims,
      waitUntil: (work) => background.push(work),
    });
}

async function questionCount(): Promise<number> {
  const page = await club.ports.questions.list(club.community.id, null, { limit: 100, offset: 0 });
  return page.items.length;
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  club = await createDiscordTestClub({ guildId: fake.guild.id });
  redis = new Redis(process.env.REDIS_URL as string);
});

afterAll(async () => {
  await Promise.allSettled(background);
  redis?.disconnect();
  await fake?.close();
});

describe('Discord HTTP interactions: replays have no second effect', () => {
  it('refuses a correctly signed interaction whose timestamp is 30 days old, storing nothing', async () => {
    const owner = fake.newUser('stale-owner');
    await club.linkOwner(fake.guild.id, owner.id);
    const before = await questionCount();
    const payload = fake.buildInteraction({
      kind: 'command',
      user: owner,
      name: 'ask',
      options: { question: 'Who sells tea in bulk?' },
    });
    const rawBody = JSON.stringify(payload);
    const old = String(Math.floor(Date.now() / 1000) - 30 * 24 * 3600);
    const claims = redisInteractionClaims(redis, { prefix: `test-${randomUUID()}` });
    const result = await endpoint(claims)({ rawBody, headers: fake.signHttpInteraction(rawBody, old) });
    expect(result.status).toBe(401);
    const future = String(Math.floor(Date.now() / 1000) + 3600);
    expect((await endpoint(claims)({ rawBody, headers: fake.signHttpInteraction(rawBody, future) })).status).toBe(401);
    await Promise.allSettled(background);
    expect(await questionCount()).toBe(before);
  });

  it('stores one question when the exact signed request is sent again, even to another replica', async () => {
    const owner = fake.newUser('replay-owner');
    await club.linkOwner(fake.guild.id, owner.id);
    const before = await questionCount();
    const payload = fake.buildInteraction({
      kind: 'command',
      user: owner,
      name: 'ask',
      options: { question: 'Where do I find a customs broker?' },
    });
    const rawBody = JSON.stringify(payload);
    const headers = fake.signHttpInteraction(rawBody);
    const prefix = `test-${randomUUID()}`;
    // Two replicas: separate claim objects over the same Redis.
    const replicaA = redisInteractionClaims(redis, { prefix });
    const second = new Redis(process.env.REDIS_URL as string);
    try {
      const replicaB = redisInteractionClaims(second, { prefix });
      const first = await endpoint(replicaA)({ rawBody, headers });
      expect(first.status).toBe(200);
      const replays = await Promise.all([
        endpoint(replicaA)({ rawBody, headers }),
        endpoint(replicaB)({ rawBody, headers }),
        endpoint(replicaB)({ rawBody, headers }),
      ]);
      expect(replays.map((r) => r.status)).toEqual([409, 409, 409]);
    } finally {
      second.disconnect();
    }
    await Promise.allSettled(background);
    expect(await questionCount()).toBe(before + 1);
  });

  it('without Redis, the default in-process window still refuses the replay', async () => {
    const owner = fake.newUser('memory-owner');
    await club.linkOwner(fake.guild.id, owner.id);
    const before = await questionCount();
    const payload = fake.buildInteraction({ kind: 'command', user: owner, name: 'ask', options: { question: 'Hi?' } });
    const rawBody = JSON.stringify(payload);
    const headers = fake.signHttpInteraction(rawBody);
    const call = () =>
      handleDiscordHttpInteraction({
        publicKey: fake.publicKey,
        rawBody,
        headers,
        dispatcher: club.dispatcher,
        apiUrl: fake.url,
        waitUntil: (work) => background.push(work),
      });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(409);
    await Promise.allSettled(background);
    expect(await questionCount()).toBe(before + 1);
  });

  it('with the shared claims down (Redis outage), answers, and this process still refuses the replay', async () => {
    const owner = fake.newUser('outage-owner');
    await club.linkOwner(fake.guild.id, owner.id);
    const before = await questionCount();
    const down: InteractionClaims = { claim: () => Promise.reject(new Error('connect ECONNREFUSED')) };
    const payload = fake.buildInteraction({ kind: 'command', user: owner, name: 'ask', options: { question: 'Up?' } });
    const rawBody = JSON.stringify(payload);
    const headers = fake.signHttpInteraction(rawBody);
    expect((await endpoint(down)({ rawBody, headers })).status).toBe(200);
    expect((await endpoint(down)({ rawBody, headers })).status).toBe(409);
    await Promise.allSettled(background);
    expect(await questionCount()).toBe(before + 1);
  });
});
