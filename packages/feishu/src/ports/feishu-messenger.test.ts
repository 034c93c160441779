import { DeliveryError, type PlatformAccount } from '@snowball/core';
import { FakeFeishu, feishuCardButtons, feishuCardText } from '@snowball/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuPorts, type FeishuPorts } from './create-feishu-ports.js';

let fake: FakeFeishu;
let feishu: FeishuPorts;
const PEOPLE = ['ou_a', 'ou_b', 'ou_c', 'ou_d', 'ou_e'];

const account = (openId: string): PlatformAccount => ({
  communityId: 'c1',
  platform: 'feishu',
  workspaceId: 'tenant',
  platformUserId: openId,
  memberId: `m-${openId}`,
  linkedAt: new Date(0),
});

beforeAll(async () => {
  fake = await FakeFeishu.start();
  for (const openId of PEOPLE) fake.addUser({ openId, name: openId });
  fake.addUser({ openId: 'ou_blocked', name: 'blocked', sendErrorCode: 230013 });
  feishu = createFeishuPorts(
    { appId: fake.appId, appSecret: fake.appSecret, apiUrl: fake.url },
    { retry: { defaultWaitMs: 20, maxWaitMs: 2_000 } },
  );
});
afterAll(() => fake?.close());
afterEach(() => fake.clearRecords());

describe('FeishuMessenger', () => {
  it('sends a card to the open_id with the title, text, fields and buttons', async () => {
    await feishu.messenger.send(account('ou_a'), {
      title: 'Lesson tomorrow',
      text: 'Pricing for export <at id=all></at>',
      fields: [{ name: 'When', value: '20:00' }],
      buttons: [{ action: 'lessons:rsvp:l1', label: 'RSVP', style: 'primary' }],
    });
    expect(fake.messages).toHaveLength(1);
    const [sent] = fake.messages;
    expect(sent).toMatchObject({ receiveIdType: 'open_id', receiveId: 'ou_a', msgType: 'interactive' });
    const text = feishuCardText(sent?.content ?? {});
    expect(text).toContain('Lesson tomorrow');
    // Plain text: a member's words cannot mention everyone.
    expect(JSON.stringify(sent?.content)).toContain(
      '"tag":"plain_text","content":"Pricing for export <at id=all></at>"',
    );
    expect(feishuCardButtons(sent?.content ?? {}).map((b) => b.value)).toEqual([{ action: 'lessons:rsvp:l1' }]);
  });

  it('waits out a 429 during a fan-out and delivers every message exactly once', async () => {
    fake.rateLimitNext(3, { path: '/open-apis/im/v1/messages' });
    await Promise.all(PEOPLE.map((openId) => feishu.messenger.send(account(openId), { text: `Digest for ${openId}` })));
    expect(fake.callsTo('POST', '/open-apis/im/v1/messages').filter((c) => c.status === 429)).toHaveLength(3);
    for (const openId of PEOPLE) expect(fake.messagesTo(openId)).toHaveLength(1);
  });

  it('also waits out the older 400 + 99991400 answer', async () => {
    fake.rateLimitNext(1, { path: '/open-apis/im/v1/messages', status: 400, resetSeconds: 0 });
    await feishu.messenger.send(account('ou_b'), { text: 'hello' });
    expect(fake.messagesTo('ou_b')).toHaveLength(1);
  });

  it('gives up on a long rate limit with a retryable failure, having sent nothing', async () => {
    fake.rateLimitNext(1, { path: '/open-apis/im/v1/messages', resetSeconds: 60 });
    const failure = await feishu.messenger.send(account('ou_c'), { text: 'later' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect((failure as DeliveryError).permanent).toBe(false);
    expect(fake.messages).toEqual([]);
  });

  it('sends once when the answer is lost and the delivery is retried', async () => {
    fake.loseAnswerNext(1);
    const first = await feishu.messenger.send(account('ou_d'), { text: 'Your receipt' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DeliveryError);
    expect((first as DeliveryError).permanent).toBe(false);
    // The delivery job tries again: the same message carries the same uuid, and Feishu does not repeat it.
    await feishu.messenger.send(account('ou_d'), { text: 'Your receipt' });
    expect(fake.callsTo('POST', '/open-apis/im/v1/messages')).toHaveLength(2);
    expect(fake.messagesTo('ou_d')).toHaveLength(1);
  });

  it('reports a person the bot cannot reach as a permanent failure', async () => {
    const failure = await feishu.messenger.send(account('ou_blocked'), { text: 'hi' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect((failure as DeliveryError).permanent).toBe(true);
  });

  it('refuses an account of another platform', async () => {
    const failure = await feishu.messenger
      .send({ ...account('ou_a'), platform: 'slack' }, { text: 'hi' })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ permanent: true });
    expect(fake.calls).toEqual([]);
  });
});

describe('FeishuMessenger.introduce', () => {
  it('creates one group chat with both people and the bot, and posts the introduction there once', async () => {
    const message = { title: 'You are connected', text: 'Ada ↔ Ben' };
    expect(await feishu.messenger.introduce([account('ou_a'), account('ou_b')], message)).toBe(true);
    // A retried announcement finds the same chat and Feishu keeps the card single.
    expect(await feishu.messenger.introduce([account('ou_b'), account('ou_a')], message)).toBe(true);
    const chats = [...fake.createdChats];
    expect(chats).toHaveLength(1);
    expect(chats[0]?.[1]).toEqual({ name: 'You are connected', members: ['ou_a', 'ou_b'] });
    expect(fake.messages.map((m) => [m.receiveIdType, m.receiveId])).toEqual([['chat_id', chats[0]?.[0]]]);
    expect(feishuCardText(fake.messages[0]?.content ?? {})).toContain('Ada ↔ Ben');
  });

  it('declines, sending nothing, across platforms or with fewer than two people', async () => {
    expect(
      await feishu.messenger.introduce([account('ou_a'), { ...account('ou_b'), platform: 'discord' }], { text: 'x' }),
    ).toBe(false);
    expect(await feishu.messenger.introduce([account('ou_a'), account('ou_a')], { text: 'x' })).toBe(false);
    expect(fake.calls).toEqual([]);
  });

  it('declines when Feishu will not create the chat (unknown people), so each gets a direct message', async () => {
    expect(await feishu.messenger.introduce([account('ou_a'), account('ou_nobody')], { text: 'x' })).toBe(false);
    expect(fake.messages).toEqual([]);
  });
});

describe('FeishuRoleSync', () => {
  it('adds to and removes from every members-only chat, reporting failures together', async () => {
    fake.addChat('oc_one');
    fake.addChat('oc_two');
    const ports = createFeishuPorts({
      appId: fake.appId,
      appSecret: fake.appSecret,
      apiUrl: fake.url,
      memberChatIds: ['oc_one', 'oc_two', 'oc_missing'],
    });
    const failure = await ports.roleSync.grant(account('ou_e')).catch((e: unknown) => e);
    expect(String(failure)).toMatch(/oc_missing/);
    expect(fake.chatMembers('oc_one').has('ou_e')).toBe(true);
    expect(fake.chatMembers('oc_two').has('ou_e')).toBe(true);
    // Adding again counts as done for the chats that exist.
    await createFeishuPorts({
      appId: fake.appId,
      appSecret: fake.appSecret,
      apiUrl: fake.url,
      memberChatIds: ['oc_one'],
    }).roleSync.grant(account('ou_e'));
    await ports.roleSync.revoke(account('ou_e')).catch(() => undefined);
    expect(fake.chatMembers('oc_one').has('ou_e')).toBe(false);
    expect(fake.chatMembers('oc_two').has('ou_e')).toBe(false);
  });
});
