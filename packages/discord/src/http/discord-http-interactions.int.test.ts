import { generateKeyPairSync, sign } from 'node:crypto';
import { type DiscordJson, discordButtonsIn, discordTextIn, FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordTestClub, type DiscordTestClub, RecordingDiscordLogger } from '../testing/discord-test-club.js';
import { handleDiscordHttpInteraction } from './handle-discord-http-interaction.js';

let fake: FakeDiscord;
let club: DiscordTestClub;
const logger = new RecordingDiscordLogger();
const background: Promise<void>[] = [];

const endpoint = (request: { rawBody: string; headers: Readonly<Record<string, string>> }) =>
  handleDiscordHttpInteraction({
    publicKey: fake.publicKey,
    rawBody: request.rawBody,
    headers: request.headers,
    dispatcher: club.dispatcher,
    apiUrl: fake.url,
    logger,
    waitUntil: (work) => background.push(work),
  });

beforeAll(async () => {
  fake = await FakeDiscord.start();
  club = await createDiscordTestClub({ guildId: fake.guild.id, logger });
});

afterAll(async () => {
  await Promise.allSettled(background);
  await fake?.close();
});

describe('HTTP interactions endpoint', () => {
  it('answers a signed PING with PONG', async () => {
    const ping = { id: '1', application_id: fake.applicationId, type: 1, token: 'ping-token', version: 1 };
    const result = await fake.deliverHttpInteraction(ping, endpoint);
    expect(result).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it('refuses a missing, malformed, foreign or mismatched signature with 401', async () => {
    const rawBody = JSON.stringify({ id: '1', application_id: fake.applicationId, type: 1, token: 't', version: 1 });
    const signed = fake.signHttpInteraction(rawBody);
    const foreignKey = generateKeyPairSync('ed25519').privateKey;
    const timestamp = signed['x-signature-timestamp'] as string;
    const cases: Record<string, string | undefined>[] = [
      {},
      { 'x-signature-timestamp': timestamp },
      { ...signed, 'x-signature-ed25519': 'not-hex' },
      { ...signed, 'x-signature-ed25519': sign(null, Buffer.from(timestamp + rawBody), foreignKey).toString('hex') },
      { ...signed, 'x-signature-timestamp': String(Number(timestamp) + 1) },
    ];
    for (const headers of cases) {
      const result = await handleDiscordHttpInteraction({
        publicKey: fake.publicKey,
        rawBody,
        headers,
        dispatcher: club.dispatcher,
      });
      expect(result.status, JSON.stringify(Object.keys(headers))).toBe(401);
    }
    const tampered = await handleDiscordHttpInteraction({
      publicKey: fake.publicKey,
      rawBody: rawBody.replace('"type":1', '"type":2'),
      headers: signed,
      dispatcher: club.dispatcher,
    });
    expect(tampered.status).toBe(401);
    expect(club.replies).toEqual([]);
  });

  it('answers commands, buttons and modals with interaction responses', async () => {
    const carol = fake.newUser('carol');
    const apply = await fake.deliverHttpInteraction({ kind: 'command', user: carol, name: 'apply' }, endpoint);
    expect(apply).toMatchObject({
      status: 200,
      body: { type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } },
    });
    const [pledge] = discordButtonsIn(apply.body);
    const press = await fake.deliverHttpInteraction(
      { kind: 'button', user: carol, customId: String(pledge?.custom_id) },
      endpoint,
    );
    expect(press.body).toMatchObject({ type: 9, data: { custom_id: 'apply:submit' } });
    const submit = await fake.deliverHttpInteraction(
      { kind: 'modal', user: carol, customId: 'apply:submit', values: { name: 'Carol', about: 'Logistics' } },
      endpoint,
    );
    expect(discordTextIn(submit.body)).toContain('Thank you, Carol!');
    const pending = await club.ports.applications.list(club.community.id, 'pending', { limit: 10, offset: 0 });
    expect(pending.items.map((a) => a.platformUserId)).toEqual([carol.id]);
  });

  it('defers a slow dispatch within 1 s and edits the reply in through the interaction webhook', async () => {
    const dan = fake.newUser('dan');
    club.slowNextTransaction(1500);
    const result = await fake.deliverHttpInteraction({ kind: 'command', user: dan, name: 'me' }, endpoint);
    expect(result.ms).toBeLessThan(1000);
    expect(result.body).toEqual({ type: 5, data: { flags: 64 } });
    await Promise.all(background);
    const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === result.interaction.token);
    expect(edit.status).toBe(200);
    expect(edit.headers.authorization).toBeUndefined();
    expect((edit.body as DiscordJson).allowed_mentions).toEqual({ parse: [] });
    expect(discordTextIn(edit.body)).toContain('not linked');
    expect(logger.at('error')).toEqual([]);
  });
});
