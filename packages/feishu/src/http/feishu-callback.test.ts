import { messageReceiveEvent, urlVerificationBody } from '@snowball/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

// The HTTP callback through the real SDK against the fake: what Feishu signs and encrypts is handled once;
// anything forged, stale or replayed is refused and reaches nothing.

let h: FeishuHarness;
const OPEN_ID = 'ou_owner';

beforeAll(async () => {
  h = await startFeishuHarness();
  await createClub(h, { slug: 'club', ownerOpenId: OPEN_ID });
});

afterAll(() => h?.close());

afterEach(async () => {
  await h.runtime.idle();
  h.fake.clearRecords();
});

const meEvent = () => messageReceiveEvent(h.fake, { openId: OPEN_ID, text: '/me' });

/** Cards the fake delivered after the adapter finished what it was doing. */
async function delivered() {
  await h.runtime.idle();
  return h.fake.messages;
}

describe('the Feishu HTTP callback', () => {
  it('answers the URL verification challenge, encrypted', async () => {
    const response = await h.post(urlVerificationBody(h.fake.verificationToken, 'challenge-42'), { unsigned: true });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ challenge: 'challenge-42' });
  });

  it('refuses a challenge with the wrong verification token', async () => {
    const response = await h.post(urlVerificationBody('not-the-token', 'challenge-42'), { unsigned: true });
    expect(response.status).toBe(401);
    expect(response.json).not.toHaveProperty('challenge');
  });

  it('acknowledges a signed event at once and answers with a card', async () => {
    const event = meEvent();
    const response = await h.post(event);
    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(3_000);
    const cards = await delivered();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ receiveIdType: 'open_id', receiveId: OPEN_ID, msgType: 'interactive' });
  });

  it('handles a redelivered event once', async () => {
    const event = meEvent();
    expect((await h.post(event)).status).toBe(200);
    expect((await h.post(event)).status).toBe(200);
    await h.runtime.idle();
    expect((await h.post(event)).status).toBe(200);
    expect(await delivered()).toHaveLength(1);
  });

  it.each([
    ['a forged signature', { signature: 'f'.repeat(64) }],
    ['no signature', { unsigned: true }],
    ['a stale timestamp (a replay)', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ['a timestamp from the future', { timestamp: Math.floor(Date.now() / 1000) + 600 }],
    ['another encrypt key', { encryptKey: 'someone-elses-key' }],
    ['a plain (unencrypted) body', { encrypt: false }],
  ])('refuses an event with %s and does nothing', async (_what, options) => {
    const response = await h.post(meEvent(), options);
    expect(response.status).toBe(401);
    expect(await delivered()).toEqual([]);
  });

  it('refuses an event carrying the wrong verification token', async () => {
    const event = meEvent();
    const forged = { ...event, header: { ...event.header, token: 'not-the-token' } };
    const response = await h.post(forged);
    expect(response.status).toBe(401);
    expect(await delivered()).toEqual([]);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(h.callbackUrl, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
  });

  it('a replay of a captured request is refused once stale, and skipped while fresh', async () => {
    const event = meEvent();
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = 'captured-nonce';
    expect((await h.post(event, { timestamp, nonce })).status).toBe(200);
    // The same bytes again within the window: acknowledged, but the event id was already handled.
    expect((await h.post(event, { timestamp, nonce })).status).toBe(200);
    expect(await delivered()).toHaveLength(1);
  });
});

describe('the Feishu HTTP callback without an Encrypt Key', () => {
  let plain: FeishuHarness;
  beforeAll(async () => {
    plain = await startFeishuHarness({ plain: true });
    await createClub(plain, { slug: 'plain', ownerOpenId: OPEN_ID });
  });
  afterAll(() => plain?.close());

  it('accepts plain events with the verification token and refuses others', async () => {
    const event = messageReceiveEvent(plain.fake, { openId: OPEN_ID, text: '/me' });
    expect((await plain.post(event, { encrypt: false, unsigned: true })).status).toBe(200);
    const forged = messageReceiveEvent({ ...plain.fake, verificationToken: 'guess' }, { openId: OPEN_ID, text: '/me' });
    expect((await plain.post(forged, { encrypt: false, unsigned: true })).status).toBe(401);
    await plain.runtime.idle();
    expect(plain.fake.messages).toHaveLength(1);
  });
});

describe('acknowledging before the work is done', () => {
  let slow: FeishuHarness;
  let open: () => void = () => {};
  let gate = Promise.resolve();
  beforeAll(async () => {
    slow = await startFeishuHarness({
      wrapDispatcher: (dispatcher) => ({
        find: (name) => dispatcher.find(name),
        dispatch: async (invocation) => {
          await gate;
          return dispatcher.dispatch(invocation);
        },
      }),
    });
    await createClub(slow, { slug: 'slow', ownerOpenId: OPEN_ID });
  });
  afterAll(() => slow?.close());

  it('answers Feishu while the command is still running, then sends the reply', async () => {
    gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const event = messageReceiveEvent(slow.fake, { openId: OPEN_ID, text: '/me' });
    const response = await slow.post(event);
    expect(response.status).toBe(200);
    expect(slow.fake.messages).toEqual([]);
    open();
    const card = await slow.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    expect(card.receiveId).toBe(OPEN_ID);
  });
});
