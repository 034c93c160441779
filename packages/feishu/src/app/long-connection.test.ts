import { cardActionEvent, feishuCardButtons, feishuCardInputs, messageReceiveEvent } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

// The long connection: the SDK's WSClient asks the fake for its endpoint, connects, and receives events as
// protobuf frames; it answers each frame with the handler's result. No public URL is involved.

let h: FeishuHarness;
const OPEN_ID = 'ou_owner';

beforeAll(async () => {
  h = await startFeishuHarness();
  await createClub(h, { slug: 'club', ownerOpenId: OPEN_ID });
  await h.runtime.start();
  await h.fake.waitForConnection();
});

afterAll(() => h?.close());

describe('the Feishu long connection', () => {
  it('is connected', () => {
    expect(h.runtime.connectionState()).toBe('connected');
  });

  it('answers an event frame and replies with a card', async () => {
    const event = messageReceiveEvent(h.fake, { openId: OPEN_ID, text: '/me' });
    const answer = await h.fake.pushEvent(event);
    expect(answer.code).toBe(200);
    const card = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    expect(card).toMatchObject({ receiveIdType: 'open_id', receiveId: OPEN_ID, msgType: 'interactive' });
  });

  it('reassembles an event split over several frames', async () => {
    const event = messageReceiveEvent(h.fake, { openId: OPEN_ID, text: `/ask ${'How do I price tea? '.repeat(20)}` });
    const answer = await h.fake.pushEvent(event, { parts: 3 });
    expect(answer.code).toBe(200);
    await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
  });

  it('handles an event pushed twice once', async () => {
    const event = messageReceiveEvent(h.fake, { openId: OPEN_ID, text: '/lessons' });
    expect((await h.fake.pushEvent(event)).code).toBe(200);
    expect((await h.fake.pushEvent(event)).code).toBe(200);
    await h.runtime.idle();
    expect(h.fake.messages.filter((m) => m.uuid === `sb-${event.header.event_id}`)).toHaveLength(1);
    expect(
      h.fake.calls.filter(
        (c) => c.path === '/open-apis/im/v1/messages' && c.body.uuid === `sb-${event.header.event_id}`,
      ),
    ).toHaveLength(1);
  });

  it('routes a card button press back to the catalogue', async () => {
    h.fake.addUser({ openId: 'ou_newcomer', name: 'newcomer' });
    const first = messageReceiveEvent(h.fake, { openId: 'ou_newcomer', text: '/apply' });
    await h.fake.pushEvent(first);
    const card = await h.fake.waitForMessage((m) => m.uuid === `sb-${first.header.event_id}`);
    const pledge = feishuCardButtons(card.content).find((b) => String(b.value.action).startsWith('apply:'));
    expect(pledge).toBeDefined();
    const press = cardActionEvent(h.fake, {
      openId: 'ou_newcomer',
      value: pledge?.value ?? {},
      messageId: card.messageId,
    });
    expect((await h.fake.pushEvent(press)).code).toBe(200);
    const answer = await h.fake.waitForMessage((m) => m.uuid === `sb-${press.header.event_id}`);
    expect(answer.receiveId).toBe('ou_newcomer');
    // The pledge opens the application form as a card form.
    expect(feishuCardInputs(answer.content)).toContain('email');
  });

  it('stops: the connection closes and stays closed', async () => {
    await h.runtime.stop();
    expect(h.runtime.connectionState()).toBe('off');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fake.connected).toBe(false);
  });
});
